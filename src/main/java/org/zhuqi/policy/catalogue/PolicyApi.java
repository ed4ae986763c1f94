package org.zhuqi.policy.catalogue;

import java.net.URI;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/policies}: the catalogue's search, scoping and rules as JSON; drafting, revising, publishing and
 * closing for the service centre. Refusals are RFC 9457 problems (400 with the fields, 403, 404, 409).
 */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "policies", description = "惠企政策 (政策汇): the policy catalogue")
class PolicyApi {

	private final PolicyCatalogue catalogue;

	private final PolicyQueries queries;

	PolicyApi(PolicyCatalogue catalogue, PolicyQueries queries) {
		this.catalogue = catalogue;
		this.queries = queries;
	}

	@Operation(summary = "Search policies by title or document number (q), issuing department, benefit kind, "
			+ "open today (open=true) and, for staff, status; newest first")
	@GetMapping
	PagedModel<PolicyRow> list(@ParameterObject PolicyFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Locale locale) {
		return new PagedModel<>(queries.search(filter, viewer, pageable, locale));
	}

	@Operation(summary = "One policy with its full text and its amount rule in words")
	@GetMapping("/{id}")
	PolicyRow get(@PathVariable long id, Viewer viewer, Locale locale) {
		return queries.find(id, viewer, locale)
			.orElseThrow(() -> new RecordNotFoundException(PolicyCatalogue.AUDIT_TYPE, id));
	}

	@Operation(summary = "Draft a policy (service centre only); amountKind FIXED needs fixedAmount, PERCENT needs "
			+ "percent and percentOf (amountCap optional)")
	@PostMapping
	ResponseEntity<PolicyRow> create(@Valid @RequestBody PolicyForm form, Viewer viewer, Locale locale) {
		Policy saved = catalogue.create(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/policies/" + saved.getId()))
			.body(get(saved.getId(), viewer, locale));
	}

	@Operation(summary = "Revise a policy (service centre only): a draft freely, a published one only in summary, "
			+ "body, validity and budget; send the version read to detect concurrent edits")
	@PutMapping("/{id}")
	PolicyRow update(@PathVariable long id, @Valid @RequestBody PolicyForm form, Viewer viewer, Locale locale) {
		catalogue.revise(id, form, viewer);
		return get(id, viewer, locale);
	}

	@Operation(summary = "Publish a draft (service centre only); refused (409) when its validity has ended or the "
			+ "summary, full text or budget is missing")
	@PostMapping("/{id}/publish")
	PolicyRow publish(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			Locale locale) {
		catalogue.publish(id, version, viewer);
		return get(id, viewer, locale);
	}

	@Operation(summary = "Close a published policy (service centre only): it takes no more applications")
	@PostMapping("/{id}/close")
	PolicyRow close(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			Locale locale) {
		catalogue.close(id, version, viewer);
		return get(id, viewer, locale);
	}

}
