package org.zhuqi.demand.meeting;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/meetings}: coordination meetings (专题协调会) with the same scope and rules as the pages. The
 * centre sees and records all; a department reads the meetings it convenes, attends, owns action items in or
 * whose agenda holds a problem it works on; a liaison cadre or an enterprise reads only the meetings that
 * discussed its own problems, and only their part about those problems.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "meetings", description = "Coordination meetings (专题协调会) on key problems and their action items")
class MeetingApi {

	private final MeetingService service;

	private final MeetingQueries queries;

	private final ActionItemService actions;

	private final ActionItemQueries actionQueries;

	MeetingApi(MeetingService service, MeetingQueries queries, ActionItemService actions,
			ActionItemQueries actionQueries) {
		this.service = service;
		this.queries = queries;
		this.actions = actions;
		this.actionQueries = actionQueries;
	}

	@GetMapping
	@Operation(summary = "Meetings within the caller's scope, newest first; q searches the title and the convening department")
	PagedModel<MeetingRow> list(@ParameterObject MeetingFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer) {
		return new PagedModel<>(queries.search(filter, viewer, pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One meeting with its departments, agenda, minutes and action items")
	MeetingDetail get(@PathVariable long id, Viewer viewer) {
		return queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(MeetingService.AUDIT_TYPE, id));
	}

	@PostMapping
	@Operation(summary = "Record a meeting (centre); the agenda lists key problems (重点问题) only, in order")
	ResponseEntity<MeetingDetail> create(@Valid @RequestBody MeetingForm form, Viewer viewer) {
		Meeting meeting = service.convene(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.getId())).body(get(meeting.getId(), viewer));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Revise a meeting (centre); send the version last read, a stale one is 409")
	MeetingDetail update(@PathVariable long id, @Valid @RequestBody MeetingForm form, Viewer viewer) {
		service.revise(id, form, viewer);
		return get(id, viewer);
	}

	@PutMapping("/{id}/minutes")
	@Operation(summary = "Record the minutes (会议纪要, centre); blank clears them")
	MeetingDetail minutes(@PathVariable long id, @Valid @RequestBody MeetingMinutes minutes, Viewer viewer) {
		service.recordMinutes(id, minutes, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "Record a decision as an action item (督办事项) with owner department and due date (centre)")
	ResponseEntity<ActionItemRow> decide(@PathVariable long id, @Valid @RequestBody ActionItemForm form, Viewer viewer) {
		ActionItem item = actions.decide(id, form, viewer);
		ActionItemRow row = actionQueries.find(item.getId(), viewer).orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/action-items/" + item.getId())).body(row);
	}

}
