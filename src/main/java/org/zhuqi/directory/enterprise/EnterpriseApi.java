package org.zhuqi.directory.enterprise;

import java.net.URI;
import java.util.Locale;

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
 * {@code /api/v1/enterprises}: the same search, scoping and rules as the pages, as JSON.
 */
@RestController
@RequestMapping("/api/v1/enterprises")
class EnterpriseApi {

	private final EnterpriseService service;

	private final EnterpriseQueries queries;

	EnterpriseApi(EnterpriseService service, EnterpriseQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	PagedModel<EnterpriseRow> list(@ParameterObject EnterpriseFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable,
			Viewer viewer, Locale locale) {
		return new PagedModel<>(queries.search(filter, viewer, pageable, locale));
	}

	@GetMapping("/{id}")
	EnterpriseRow get(@PathVariable long id, Viewer viewer, Locale locale) {
		return queries.find(id, viewer, locale)
			.orElseThrow(() -> new RecordNotFoundException(EnterpriseService.AUDIT_TYPE, id));
	}

	@PostMapping
	ResponseEntity<EnterpriseRow> create(@Valid @RequestBody EnterpriseForm form, Viewer viewer, Locale locale) {
		Enterprise saved = service.register(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + saved.getId()))
			.body(get(saved.getId(), viewer, locale));
	}

	@PutMapping("/{id}")
	EnterpriseRow update(@PathVariable long id, @Valid @RequestBody EnterpriseForm form, Viewer viewer,
			Locale locale) {
		service.revise(id, form, viewer);
		return get(id, viewer, locale);
	}

}
