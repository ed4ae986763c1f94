package org.zhuqi.demand.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/action-items}: the decisions of coordination meetings (督办事项), tracked to done. A department
 * lists and reports on its own; the centre on everyone's. Each report takes the {@code version} last read: a
 * stale one is 409.
 */
@RestController
@RequestMapping("/api/v1/action-items")
@Tag(name = "action-items", description = "Action items (督办事项) decided by coordination meetings")
class ActionItemApi {

	private final ActionItemService service;

	private final ActionItemQueries queries;

	ActionItemApi(ActionItemService service, ActionItemQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "A department's own action items (the centre's: everyone's, or one department's), soonest due first; status defaults to OPEN")
	PagedModel<ActionItemRow> list(@ParameterObject ActionItemFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer) {
		return new PagedModel<>(queries.search(filter, viewer, pageable));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One action item of a meeting the caller may see")
	ActionItemRow get(@PathVariable long id, Viewer viewer) {
		return queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(ActionItemService.AUDIT_TYPE, id));
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Report progress (进展) with a note (owner department or centre)")
	ActionItemRow progress(@PathVariable long id, @Valid @RequestBody ActionItemNote note, Viewer viewer) {
		service.noteProgress(id, note, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/done")
	@Operation(summary = "Mark done (办结) with a note of what was done (owner department or centre); only once")
	ActionItemRow done(@PathVariable long id, @Valid @RequestBody ActionItemNote note, Viewer viewer) {
		service.markDone(id, note, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/reopen")
	@Operation(summary = "Reopen a done item with a reason (centre)")
	ActionItemRow reopen(@PathVariable long id, @Valid @RequestBody ActionItemNote reason, Viewer viewer) {
		service.reopen(id, reason, viewer);
		return get(id, viewer);
	}

}
