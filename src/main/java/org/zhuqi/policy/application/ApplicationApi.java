package org.zhuqi.policy.application;

import java.net.URI;

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

import jakarta.validation.Valid;

/**
 * {@code /api/v1/policy-applications}: the same rules and scoping as the pages, as JSON. An enterprise lists,
 * creates, saves, submits and withdraws its own applications; the issuing department (or the centre) lists
 * what it reviews and approves, rejects or returns. Every refusal is RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/policy-applications")
class ApplicationApi {

	private final ApplicationService service;

	private final ApplicationQueries queries;

	ApplicationApi(ApplicationService service, ApplicationQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	PagedModel<ApplicationRow> list(@ParameterObject ApplicationFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer) {
		return new PagedModel<>(queries.search(filter, viewer, pageable));
	}

	@GetMapping("/{id}")
	ApplicationDetail get(@PathVariable long id, Viewer viewer) {
		return queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(ApplicationQueries.KIND, id));
	}

	/** Creates an application (a draft, or submitted at once with {@code "submit": true}). */
	@PostMapping
	ResponseEntity<ApplicationDetail> create(@Valid @RequestBody ApplicationForm form, Viewer viewer) {
		long id = service.create(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/policy-applications/" + id)).body(get(id, viewer));
	}

	/** Saves changes to a draft or returned application (and submits it with {@code "submit": true}). */
	@PutMapping("/{id}")
	ApplicationDetail save(@PathVariable long id, @Valid @RequestBody ApplicationForm form, Viewer viewer) {
		service.save(id, form, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/submit")
	ApplicationDetail submit(@PathVariable long id, @RequestBody(required = false) DecisionForm body, Viewer viewer) {
		service.submit(id, body == null ? null : body.getVersion(), viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/withdraw")
	ApplicationDetail withdraw(@PathVariable long id, @RequestBody(required = false) DecisionForm body,
			Viewer viewer) {
		service.withdraw(id, body == null ? null : body.getVersion(), viewer);
		return get(id, viewer);
	}

	/** Approves with {@code amount} (omitted: the amount the policy's rule computes; another needs {@code reason}). */
	@PostMapping("/{id}/approve")
	ApplicationDetail approve(@PathVariable long id, @Valid @RequestBody DecisionForm decision, Viewer viewer) {
		service.approve(id, decision, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/reject")
	ApplicationDetail reject(@PathVariable long id, @Valid @RequestBody DecisionForm decision, Viewer viewer) {
		service.reject(id, decision, viewer);
		return get(id, viewer);
	}

	@PostMapping("/{id}/return")
	ApplicationDetail returnForMore(@PathVariable long id, @Valid @RequestBody DecisionForm decision,
			Viewer viewer) {
		service.returnForMore(id, decision, viewer);
		return get(id, viewer);
	}

}
