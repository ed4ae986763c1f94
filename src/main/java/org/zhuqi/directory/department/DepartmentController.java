package org.zhuqi.directory.department;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.cadre.CadreFilter;
import org.zhuqi.directory.cadre.CadreQueries;
import org.zhuqi.directory.reference.Option;
import org.zhuqi.directory.support.StatusOptions;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The department pages: searchable list (htmx swaps only the results), detail with its cadres and history,
 * create and edit forms, activate/deactivate.
 */
@Controller
class DepartmentController {

	private static final String FORM = "directory/department-form";

	private final DepartmentService service;

	private final DepartmentQueries queries;

	private final CadreQueries cadres;

	private final AuditLog audit;

	private final MessageSource messages;

	DepartmentController(DepartmentService service, DepartmentQueries queries, CadreQueries cadres, AuditLog audit,
			MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.cadres = cadres;
		this.audit = audit;
		this.messages = messages;
	}

	@InitBinder("department")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/departments")
	String list(DepartmentFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("canEdit", service.canEdit(viewer));
		if (htmx != null) {
			return "directory/departments :: results";
		}
		model.addAttribute("kinds", kindOptions(locale));
		model.addAttribute("statuses", StatusOptions.of(messages, locale));
		return "directory/departments";
	}

	@GetMapping("/departments/{id}")
	String show(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("department",
				queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(DepartmentService.AUDIT_TYPE, id)));
		model.addAttribute("cadres", cadres.search(CadreFilter.ofDepartment(id), viewer, pageable));
		if (htmx != null) {
			return "directory/department :: cadres";
		}
		model.addAttribute("canEdit", service.canEdit(viewer));
		model.addAttribute("history", audit.history(DepartmentService.AUDIT_TYPE, id, 50));
		return "directory/department";
	}

	@GetMapping("/departments/new")
	String initCreationForm(Viewer viewer, Model model, Locale locale) {
		requireEdit(viewer);
		return form(new DepartmentForm(), null, model, locale);
	}

	@PostMapping("/departments/new")
	String processCreationForm(@Valid @ModelAttribute("department") DepartmentForm form, BindingResult result,
			Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, () -> service.create(form, viewer))
			.map(saved -> saved(saved.getId(), "form.saved", redirect))
			.orElseGet(() -> form(form, null, model, locale));
	}

	@GetMapping("/departments/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		requireEdit(viewer);
		return form(DepartmentForm.of(service.get(id, viewer)), id, model, locale);
	}

	@PostMapping("/departments/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("department") DepartmentForm form,
			BindingResult result, Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, () -> service.revise(id, form, viewer))
			.map(saved -> saved(id, "form.saved", redirect))
			.orElseGet(() -> form(form, id, model, locale));
	}

	@PostMapping("/departments/{id}/activate")
	String activate(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return saved(id, service.activate(id, viewer) ? "department.activated" : "directory.unchanged", redirect);
	}

	@PostMapping("/departments/{id}/deactivate")
	String deactivate(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return saved(id, service.deactivate(id, viewer) ? "department.deactivated" : "directory.unchanged", redirect);
	}

	private void requireEdit(Viewer viewer) {
		if (!service.canEdit(viewer)) {
			throw new AccessDeniedException("only the service centre edits departments");
		}
	}

	private String form(DepartmentForm form, Long id, Model model, Locale locale) {
		model.addAttribute("department", form);
		model.addAttribute("departmentId", id);
		model.addAttribute("kinds", kindOptions(locale));
		return FORM;
	}

	private static String saved(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/departments/" + id;
	}

	private List<Option> kindOptions(Locale locale) {
		return Stream.of(DepartmentKind.values())
			.map(kind -> new Option(kind.name(),
					messages.getMessage("department.kind." + kind.name(), null, kind.name(), locale)))
			.toList();
	}

}
