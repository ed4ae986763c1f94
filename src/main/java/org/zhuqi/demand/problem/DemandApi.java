package org.zhuqi.demand.problem;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/demands}: file, list, read and act on problems (诉求), scoped by role exactly as the pages.
 * Every action takes an optional {@code version} (the version the caller last read): a stale one is 409.
 */
@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "demands", description = "Enterprise problems (诉求) and their workflow")
class DemandApi {

	private final DemandWorkflow workflow;

	private final DemandQueries queries;

	private final DemandDetails details;

	DemandApi(DemandWorkflow workflow, DemandQueries queries, DemandDetails details) {
		this.workflow = workflow;
		this.queries = queries;
		this.details = details;
	}

	@GetMapping
	@Operation(summary = "Problems within the caller's scope, newest first (sort=deadline: soonest deadline first)")
	PagedModel<DemandRow> list(@ParameterObject DemandFilter filter,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Locale locale) {
		return new PagedModel<>(queries.search(filter, viewer, pageable, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One problem with its timeline and the actions the caller may take")
	DemandDetail get(@PathVariable long id, Viewer viewer, Locale locale) {
		return details.of(id, viewer, locale);
	}

	@PostMapping
	@Operation(summary = "File a problem (enterprise for itself, cadre for a paired enterprise, centre for any)")
	ResponseEntity<DemandDetail> file(@Valid @RequestBody FilingForm form, Viewer viewer, Locale locale) {
		Demand demand = workflow.file(form, viewer);
		return ResponseEntity.created(URI.create("/api/v1/demands/" + demand.getId()))
			.body(details.of(demand.getId(), viewer, locale));
	}

	@PostMapping("/{id}/assign")
	@Operation(summary = "交办: route to a lead department (centre)")
	DemandDetail assign(@PathVariable long id, @Parameter(description = "version last read") @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.Assign command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "受理 (lead department)")
	DemandDetail accept(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody(required = false) DemandCommand.Accept command, Viewer viewer, Locale locale) {
		return act(id, version, command == null ? new DemandCommand.Accept(null) : command, viewer, locale);
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Progress note visible to the enterprise (departments involved, centre)")
	DemandDetail progress(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.Progress command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/resolve")
	@Operation(summary = "办结 with the resolution (lead department)")
	DemandDetail resolve(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.Resolve command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/resolve-by-cadre")
	@Operation(summary = "Resolved directly by the paired cadre before routing")
	DemandDetail resolveByCadre(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.ResolveByCadre command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/unresolvable")
	@Operation(summary = "无法解决 with a reason (lead department)")
	DemandDetail unresolvable(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.MarkUnresolvable command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return to the centre with a reason (lead department)")
	DemandDetail returnToCentre(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.Return command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/rate")
	@Operation(summary = "好差评 rating (the enterprise); 不满意/非常不满意 opens a rectification")
	DemandDetail rate(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.Rate command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/follow-up")
	@Operation(summary = "整改 follow-up contact (lead department)")
	DemandDetail followUp(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.FollowUp command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/escalate")
	@Operation(summary = "升级为重点问题: overdue or complex problems only (centre)")
	DemandDetail escalate(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody(required = false) DemandCommand.Escalate command, Viewer viewer, Locale locale) {
		return act(id, version, command == null ? new DemandCommand.Escalate(null) : command, viewer, locale);
	}

	@PostMapping("/{id}/mark-complex")
	@Operation(summary = "Mark as complex (centre or lead department)")
	DemandDetail markComplex(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody(required = false) DemandCommand.MarkComplex command, Viewer viewer, Locale locale) {
		return act(id, version, command == null ? new DemandCommand.MarkComplex(null) : command, viewer, locale);
	}

	@PostMapping("/{id}/request-extension")
	@Operation(summary = "Ask for more working days (lead department)")
	DemandDetail requestExtension(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.RequestExtension command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/decide-extension")
	@Operation(summary = "Approve or refuse a pending extension (centre)")
	DemandDetail decideExtension(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody DemandCommand.DecideExtension command, Viewer viewer, Locale locale) {
		return act(id, version, command, viewer, locale);
	}

	@PostMapping("/{id}/remind")
	@Operation(summary = "督办: remind the department (centre)")
	DemandDetail remind(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody(required = false) DemandCommand.Remind command, Viewer viewer, Locale locale) {
		return act(id, version, command == null ? new DemandCommand.Remind(null) : command, viewer, locale);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close (centre)")
	DemandDetail close(@PathVariable long id, @RequestParam(required = false) Integer version,
			@Valid @RequestBody(required = false) DemandCommand.Close command, Viewer viewer, Locale locale) {
		return act(id, version, command == null ? new DemandCommand.Close(null) : command, viewer, locale);
	}

	private DemandDetail act(long id, Integer version, DemandCommand command, Viewer viewer, Locale locale) {
		workflow.act(id, version, command, viewer);
		return details.of(id, viewer, locale);
	}

}
