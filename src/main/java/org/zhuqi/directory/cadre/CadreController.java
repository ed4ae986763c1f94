package org.zhuqi.directory.cadre;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
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
import org.zhuqi.directory.enterprise.EnterpriseFilter;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.directory.support.StatusOptions;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The liaison cadre pages: searchable list (htmx swaps only the results), detail with the paired
 * enterprises, pairing history and audit history, create and edit forms, activate/deactivate. A cadre is
 * sent to its own record.
 */
@Controller
class CadreController {

	private static final String FORM = "directory/cadre-form";

	private final CadreService service;

	private final CadreQueries queries;

	private final EnterpriseQueries enterprises;

	private final AuditLog audit;

	private final MessageSource messages;

	CadreController(CadreService service, CadreQueries queries, EnterpriseQueries enterprises, AuditLog audit,
			MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.enterprises = enterprises;
		this.audit = audit;
		this.messages = messages;
	}

	@InitBinder("cadre")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/cadres")
	String list(CadreFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		if (viewer.is(Role.CADRE)) {
			return "redirect:/cadres/" + viewer.cadreId();
		}
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("canEdit", service.canEdit(viewer));
		if (htmx != null) {
			return "directory/cadres :: results";
		}
		model.addAttribute("departments", queries.departmentFilterOptions());
		model.addAttribute("statuses", StatusOptions.of(messages, locale));
		return "directory/cadres";
	}

	@GetMapping("/cadres/{id}")
	String show(@PathVariable long id, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("cadre",
				queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(CadreService.AUDIT_TYPE, id)));
		EnterpriseFilter paired = new EnterpriseFilter(null, null, null, null, null, id, null);
		model.addAttribute("enterprises", enterprises.search(paired, viewer, pageable, locale));
		if (htmx != null) {
			return "directory/cadre :: enterprises";
		}
		model.addAttribute("canEdit", service.canEdit(viewer));
		model.addAttribute("pairings", queries.pairings(id, viewer, PageRequest.of(0, 50)));
		model.addAttribute("history", audit.history(CadreService.AUDIT_TYPE, id, 50));
		return "directory/cadre";
	}

	@GetMapping("/cadres/new")
	String initCreationForm(Viewer viewer, Model model) {
		requireEdit(viewer);
		return form(new CadreForm(), null, model);
	}

	@PostMapping("/cadres/new")
	String processCreationForm(@Valid @ModelAttribute("cadre") CadreForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, () -> service.create(form, viewer))
			.map(saved -> saved(saved.getId(), "form.saved", redirect))
			.orElseGet(() -> form(form, null, model));
	}

	@GetMapping("/cadres/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model) {
		requireEdit(viewer);
		CadreRow row = queries.find(id, viewer).orElseThrow(() -> new RecordNotFoundException(CadreService.AUDIT_TYPE, id));
		return form(CadreForm.of(service.get(id, viewer), row.departmentCode()), id, model);
	}

	@PostMapping("/cadres/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("cadre") CadreForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, () -> service.revise(id, form, viewer))
			.map(saved -> saved(id, "form.saved", redirect))
			.orElseGet(() -> form(form, id, model));
	}

	@PostMapping("/cadres/{id}/activate")
	String activate(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return saved(id, service.activate(id, viewer) ? "cadre.activated" : "directory.unchanged", redirect);
	}

	@PostMapping("/cadres/{id}/deactivate")
	String deactivate(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return saved(id, service.deactivate(id, viewer) ? "cadre.deactivated" : "directory.unchanged", redirect);
	}

	private void requireEdit(Viewer viewer) {
		if (!service.canEdit(viewer)) {
			throw new AccessDeniedException("only the service centre edits cadres");
		}
	}

	private String form(CadreForm form, Long id, Model model) {
		model.addAttribute("cadre", form);
		model.addAttribute("cadreId", id);
		model.addAttribute("departments", queries.departmentOptions(form.getDepartmentCode()));
		return FORM;
	}

	private static String saved(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/cadres/" + id;
	}

}
