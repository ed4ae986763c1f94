package org.zhuqi.directory.cadre;

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
 * {@code /api/v1/cadres}: the same search, scoping and checks as the pages, as JSON. The body names the
 * department by its code ({@code departmentCode}).
 */
@RestController
@RequestMapping("/api/v1/cadres")
class CadreApi {

	private final CadreService service;

	private final CadreQueries queries;

	CadreApi(CadreService service, CadreQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@GetMapping
	PagedModel<CadreRow> list(CadreFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer) {
		return new PagedModel<>(queries.search(filter, viewer, pageable));
	}

	@GetMapping("/{id}")
	CadreRow get(@PathVariable long id, Viewer viewer) {
		return queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(CadreService.AUDIT_TYPE, id));
	}

	@PostMapping
	ResponseEntity<CadreRow> create(@Valid @RequestBody CadreForm form, Viewer viewer) {
		Cadre saved = service.create(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/cadres/" + saved.getId())).body(get(saved.getId(), viewer));
	}

	@PutMapping("/{id}")
	CadreRow update(@PathVariable long id, @Valid @RequestBody CadreForm form, Viewer viewer) {
		service.revise(id, form, viewer);
		return get(id, viewer);
	}

}
