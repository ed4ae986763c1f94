package org.zhuqi.policy.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

import jakarta.validation.Valid;

/**
 * The enterprise's application pages: its list, the form to apply (save a draft, come back, submit), one
 * application with its timeline, withdrawing; the review actions on the same page are in
 * {@link ReviewController}.
 */
@Controller
class ApplicationController {

	private static final String FORM = "policy/application-form";

	private final ApplicationService service;

	private final ApplicationQueries queries;

	private final PolicyLookup policies;

	private final MessageSource messages;

	ApplicationController(ApplicationService service, ApplicationQueries queries, PolicyLookup policies,
			MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.policies = policies;
		this.messages = messages;
	}

	@InitBinder("applicationForm")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("version");
	}

	@GetMapping("/policy-applications")
	String list(ApplicationFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (viewer.is(Role.ADMIN) || viewer.is(Role.DEPARTMENT)) {
			return "redirect:/policy-reviews";
		}
		Page<ApplicationRow> page = queries.search(filter, viewer, pageable);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", List.of(ApplicationStatus.values()));
		return htmx != null ? "policy/application-list :: results" : "policy/application-list";
	}

	@GetMapping("/policy-applications/new")
	String initCreationForm(@RequestParam long policy, Viewer viewer, Model model) {
		PolicyRef ref = policies.find(policy).orElseThrow(() -> new RecordNotFoundException("policy", policy));
		if (viewer.is(Role.ENTERPRISE)) {
			Optional<ApplicationRow> active = queries.active(policy, viewer.enterpriseId());
			if (active.isPresent()) {
				return "redirect:/policy-applications/" + active.get().id();
			}
		}
		if (!service.canApply(ref, viewer)) {
			throw new AccessDeniedException("may not apply for policy " + policy);
		}
		ApplicationForm form = new ApplicationForm();
		form.setPolicyId(policy);
		model.addAttribute("applicationForm", form);
		addFormModel(ref, model);
		return FORM;
	}

	@PostMapping("/policy-applications/new")
	String processCreationForm(@Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Optional<Long> saved = FormSubmission.attempt(result, () -> service.create(form, viewer));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("message", form.isSubmit() ? "policy.application.submitted" : "policy.application.saved");
			return "redirect:/policy-applications/" + saved.get();
		}
		PolicyRef ref = form.getPolicyId() == null ? null : policies.find(form.getPolicyId()).orElse(null);
		if (ref == null) {
			throw new RecordNotFoundException("policy", form.getPolicyId());
		}
		addFormModel(ref, model);
		return FORM;
	}

	@GetMapping("/policy-applications/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		ApplicationDetail detail = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(ApplicationQueries.KIND, id));
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("decision")) {
			DecisionForm decision = new DecisionForm();
			decision.setAmount(detail.computedAmount());
			model.addAttribute("decision", decision);
		}
		return "policy/application-detail";
	}

	@GetMapping("/policy-applications/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model) {
		ApplicationDetail detail = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(ApplicationQueries.KIND, id));
		if (!detail.canEdit()) {
			throw new AccessDeniedException("may not edit application " + id);
		}
		ApplicationForm form = new ApplicationForm();
		form.setPolicyId(detail.policyId());
		detail.figures().forEach(f -> form.getFigures().put(f.figure().name(), f.value()));
		form.setStatement(detail.statement());
		form.setBankName(detail.bankName());
		form.setAccountHolder(detail.accountHolder());
		form.setVersion(detail.version());
		model.addAttribute("applicationForm", form);
		model.addAttribute("detail", detail);
		addFormModel(policies.find(detail.policyId()).orElseThrow(), model);
		return FORM;
	}

	@PostMapping("/policy-applications/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
			BindingResult result, @RequestParam(required = false) Integer version, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		form.setVersion(version);
		if (FormSubmission.attempt(result, () -> {
			service.save(id, form, viewer);
			return id;
		}).isPresent()) {
			redirect.addFlashAttribute("message", form.isSubmit() ? "policy.application.submitted" : "policy.application.saved");
			return "redirect:/policy-applications/" + id;
		}
		ApplicationDetail detail = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(ApplicationQueries.KIND, id));
		model.addAttribute("detail", detail);
		addFormModel(policies.find(detail.policyId()).orElseThrow(), model);
		return FORM;
	}

	@PostMapping("/policy-applications/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		Outcome.flash(redirect, messages, locale, FormSubmission.refusal(() -> service.withdraw(id, version, viewer)),
				"policy.application.withdrawn");
		return "redirect:/policy-applications/" + id;
	}

	private void addFormModel(PolicyRef policy, Model model) {
		model.addAttribute("policy", policy);
		model.addAttribute("figureChoices", List.of(Figure.values()));
		model.addAttribute("requiredFigure", policy.amountRule().percentOf());
	}

}
