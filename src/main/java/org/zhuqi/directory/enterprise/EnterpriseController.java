package org.zhuqi.directory.enterprise;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
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
import org.zhuqi.directory.reference.Option;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The directory pages: searchable list (htmx swaps only the results), detail, register and edit forms.
 */
@Controller
class EnterpriseController {

	private static final String FORM = "directory/enterprise-form";

	private final EnterpriseService service;

	private final EnterpriseQueries queries;

	private final ReferenceData reference;

	private final AuditLog audit;

	EnterpriseController(EnterpriseService service, EnterpriseQueries queries, ReferenceData reference,
			AuditLog audit) {
		this.service = service;
		this.queries = queries;
		this.reference = reference;
		this.audit = audit;
	}

	@InitBinder("enterprise")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("id", "cadreId");
	}

	@GetMapping("/enterprises")
	String list(EnterpriseFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		if (viewer.is(Role.ENTERPRISE)) {
			return "redirect:/enterprises/" + viewer.enterpriseId();
		}
		Page<EnterpriseRow> page = queries.search(filter, viewer, pageable, locale);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("canRegister", service.canRegister(viewer));
		if (htmx != null) {
			return "directory/enterprises :: results";
		}
		addChoices(model, locale);
		model.addAttribute("tags", queries.knownTags().stream().map(tag -> new Option(tag, tag)).toList());
		return "directory/enterprises";
	}

	@GetMapping("/enterprises/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		Enterprise enterprise = service.get(id, viewer);
		model.addAttribute("enterprise", enterprise);
		model.addAttribute("row", queries.find(id, viewer, locale).orElseThrow());
		model.addAttribute("canEdit", service.canEdit(enterprise, viewer));
		model.addAttribute("history", audit.history(EnterpriseService.AUDIT_TYPE, id, 50));
		return "directory/enterprise";
	}

	@GetMapping("/enterprises/new")
	String initCreationForm(Viewer viewer, Model model, Locale locale) {
		if (!service.canRegister(viewer)) {
			throw new AccessDeniedException("only the service centre registers enterprises");
		}
		model.addAttribute("enterprise", new EnterpriseForm());
		addChoices(model, locale);
		return FORM;
	}

	@PostMapping("/enterprises/new")
	String processCreationForm(@Valid @ModelAttribute("enterprise") EnterpriseForm form, BindingResult result,
			Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<Enterprise> saved = FormSubmission.attempt(result, () -> service.register(form, viewer));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/enterprises/" + saved.get().getId();
		}
		addChoices(model, locale);
		return FORM;
	}

	@GetMapping("/enterprises/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		Enterprise enterprise = service.get(id, viewer);
		if (!service.canEdit(enterprise, viewer)) {
			throw new AccessDeniedException("may not edit enterprise " + id);
		}
		model.addAttribute("enterprise", EnterpriseForm.of(enterprise));
		model.addAttribute("enterpriseId", id);
		addChoices(model, locale);
		return FORM;
	}

	@PostMapping("/enterprises/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("enterprise") EnterpriseForm form,
			BindingResult result, Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		if (FormSubmission.attempt(result, () -> service.revise(id, form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/enterprises/" + id;
		}
		model.addAttribute("enterpriseId", id);
		addChoices(model, locale);
		return FORM;
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("streets", reference.streetOptions(locale));
		model.addAttribute("industries", reference.industryOptions(locale));
		model.addAttribute("sizes", reference.sizeOptions(locale));
	}

}
