package org.zhuqi.directory.department;

import java.net.URI;

import jakarta.validation.Valid;

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
 * {@code /api/v1/departments}: the same search, access rules and checks as the pages, as JSON.
 */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentApi {

	private final DepartmentService service;

	private final DepartmentQueries queries;

	DepartmentApi(DepartmentService service, DepartmentQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	PagedModel<DepartmentRow> list(DepartmentFilter filter, @PageableDefault(size = 20) Pageable pageable,
			Viewer viewer) {
		return new PagedModel<>(queries.search(filter, viewer, pageable));
	}

	@GetMapping("/{id}")
	DepartmentRow get(@PathVariable long id, Viewer viewer) {
		return queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(DepartmentService.AUDIT_TYPE, id));
	}

	@PostMapping
	ResponseEntity<DepartmentRow> create(@Valid @RequestBody DepartmentForm form, Viewer viewer) {
		Department saved = service.create(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/departments/" + saved.getId())).body(get(saved.getId(), viewer));
	}

	@PutMapping("/{id}")
	DepartmentRow update(@PathVariable long id, @Valid @RequestBody DepartmentForm form, Viewer viewer) {
		service.revise(id, form, viewer);
		return get(id, viewer);
	}

}
