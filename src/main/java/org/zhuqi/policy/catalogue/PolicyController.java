package org.zhuqi.policy.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The catalogue's pages (政策汇): the searchable list (htmx swaps only the results) and the detail page, both
 * open to visitors who are not signed in; the centre's draft and edit forms and its publish and close buttons.
 * <p>
 * The public pages read the viewer from the page model ({@code viewer}, {@code null} when nobody is signed in)
 * rather than as a {@link Viewer} parameter, which requires a signed-in user.
 */
@Controller
class PolicyController {

	private static final String FORM = "policy/catalogue-form";

	private final PolicyCatalogue catalogue;

	private final PolicyQueries queries;

	private final PolicyLookup lookup;

	private final Directory directory;

	private final AuditLog audit;

	private final MessageSource messages;

	PolicyController(PolicyCatalogue catalogue, PolicyQueries queries, PolicyLookup lookup, Directory directory,
			AuditLog audit, MessageSource messages) {
		this.catalogue = catalogue;
		this.queries = queries;
		this.lookup = lookup;
		this.directory = directory;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/policies")
	String list(PolicyFilter filter, @PageableDefault(size = 20) Pageable pageable,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		Viewer viewer = viewer(model);
		model.addAttribute("page", queries.search(filter, viewer, pageable, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("canManage", catalogue.canManage(viewer));
		model.addAttribute("staff", PolicyAccess.isStaff(viewer));
		if (htmx != null) {
			return "policy/catalogue-list :: results";
		}
		model.addAttribute("departments", departments());
		model.addAttribute("kinds", choices(BenefitKind.values(), "policy.kind.", locale));
		model.addAttribute("statuses", choices(PolicyStatus.values(), "policy.status.", locale));
		return "policy/catalogue-list";
	}

	@GetMapping("/policies/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		Viewer viewer = viewer(model);
		PolicyRow row = queries.find(id, viewer, locale)
			.orElseThrow(() -> new RecordNotFoundException(PolicyCatalogue.AUDIT_TYPE, id));
		model.addAttribute("policy", row);
		model.addAttribute("policyRef", lookup.find(id).orElseThrow());
		model.addAttribute("canManage", catalogue.canManage(viewer));
		model.addAttribute("staff", PolicyAccess.isStaff(viewer));
		model.addAttribute("history",
				PolicyAccess.isStaff(viewer) ? audit.history(PolicyCatalogue.AUDIT_TYPE, id, 50) : List.of());
		return "policy/catalogue-detail";
	}

	@GetMapping("/policies/new")
	String initCreationForm(Viewer viewer, Model model, Locale locale) {
		if (!catalogue.canManage(viewer)) {
			throw new AccessDeniedException("only the service centre manages policies");
		}
		model.addAttribute("policyForm", new PolicyForm());
		addChoices(model, locale);
		return FORM;
	}

	@PostMapping("/policies/new")
	String processCreationForm(@Valid @ModelAttribute("policyForm") PolicyForm form, BindingResult result,
			Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<Policy> saved = FormSubmission.attempt(result, () -> catalogue.create(form, viewer));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/policies/" + saved.get().getId();
		}
		addChoices(model, locale);
		return FORM;
	}

	@GetMapping("/policies/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		Policy policy = catalogue.editable(id, viewer);
		model.addAttribute("policyForm", PolicyForm.of(policy));
		model.addAttribute("policyId", id);
		model.addAttribute("published", policy.getStatus() == PolicyStatus.PUBLISHED);
		addChoices(model, locale);
		return FORM;
	}

	@PostMapping("/policies/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("policyForm") PolicyForm form,
			BindingResult result, Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<Policy> saved = FormSubmission.attempt(result, () -> catalogue.revise(id, form, viewer));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/policies/" + id;
		}
		model.addAttribute("policyId", id);
		model.addAttribute("published", catalogue.editable(id, viewer).getStatus() == PolicyStatus.PUBLISHED);
		addChoices(model, locale);
		return FORM;
	}

	@PostMapping("/policies/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			Locale locale, RedirectAttributes redirect) {
		return act(id, () -> catalogue.publish(id, version, viewer), "policy.publishDone", locale, redirect);
	}

	@PostMapping("/policies/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			Locale locale, RedirectAttributes redirect) {
		return act(id, () -> catalogue.close(id, version, viewer), "policy.closeDone", locale, redirect);
	}

	private String act(long id, Runnable action, String done, Locale locale, RedirectAttributes redirect) {
		FormSubmission.refusal(action)
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("error", messages.getMessage(refusal, locale)),
					() -> redirect.addFlashAttribute("message", done));
		return "redirect:/policies/" + id;
	}

	/** The signed-in viewer ViewerModel put into the page model, or {@code null} for a visitor. */
	private static Viewer viewer(Model model) {
		return (Viewer) model.getAttribute("viewer");
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("departments", departments());
		model.addAttribute("kinds", choices(BenefitKind.values(), "policy.kind.", locale));
		model.addAttribute("amountKinds", choices(AmountRule.Kind.values(), "policy.amountKind.", locale));
		model.addAttribute("figures", choices(Arrays.stream(Figure.values()).filter(figure -> !figure.isCount())
			.toArray(Figure[]::new), "policy.amount.figure.", locale));
	}

	private List<PolicyChoice> departments() {
		return directory.activeDepartments()
			.stream()
			.map(department -> new PolicyChoice(String.valueOf(department.id()), department.name()))
			.toList();
	}

	private List<PolicyChoice> choices(Enum<?>[] values, String prefix, Locale locale) {
		return Arrays.stream(values)
			.map(value -> new PolicyChoice(value.name(), messages.getMessage(prefix + value.name(), null, locale)))
			.toList();
	}

}
