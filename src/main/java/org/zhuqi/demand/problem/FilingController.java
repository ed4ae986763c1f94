package org.zhuqi.demand.problem;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * Filing a problem (提交诉求): an enterprise user for its own enterprise, a cadre for one of its paired
 * enterprises (also from a visit record), the centre for any. Before filing, similar open problems of the same
 * enterprise are shown (while typing, and again on submission, which then needs a "file anyway").
 */
@Controller
class FilingController {

	private static final String FORM = "demand/demand-form";

	/** How long a title prefilled from a visit's notes may be. */
	private static final int PREFILLED_TITLE = 60;

	private final DemandIntake intake;

	private final DuplicateHint duplicates;

	private final DemandChoices choices;

	private final VisitRecords visits;

	private final Directory directory;

	FilingController(DemandIntake intake, DuplicateHint duplicates, DemandChoices choices, VisitRecords visits,
			Directory directory) {
		this.intake = intake;
		this.duplicates = duplicates;
		this.choices = choices;
		this.visits = visits;
		this.directory = directory;
	}

	@ModelAttribute
	void mayFile(Viewer viewer) {
		if (viewer.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException("departments work on problems, they do not file them");
		}
	}

	@GetMapping("/demands/new")
	String initCreationForm(@RequestParam(required = false) Long visit, Viewer viewer, Model model, Locale locale) {
		FilingForm form = new FilingForm();
		if (visit != null) {
			VisitNote note = visits.find(visit, viewer).orElseThrow(() -> new RecordNotFoundException("visit", visit));
			form.setVisitId(note.id());
			form.setEnterpriseId(note.enterpriseId());
			form.setTitle(firstLine(note.notes()));
			form.setDescription(note.notes());
		}
		model.addAttribute("filing", form);
		addChoices(form, viewer, model, locale);
		return FORM;
	}

	@PostMapping("/demands/new")
	String processCreationForm(@Valid @ModelAttribute("filing") FilingForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean fileAnyway, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !fileAnyway) {
			List<DemandRow> similar = duplicates.similar(form, viewer, locale);
			if (!similar.isEmpty()) {
				model.addAttribute("similar", similar);
				model.addAttribute("confirmDuplicate", true);
				// browsers cannot keep chosen files across a page: say so when some were sent
				model.addAttribute("reattach", form.getAttachments().stream().anyMatch(file -> !file.isEmpty()));
				addChoices(form, viewer, model, locale);
				return FORM;
			}
		}
		Optional<Demand> filed = FormSubmission.attempt(result,
				() -> intake.file(form, form.getAttachments(), viewer));
		if (filed.isPresent()) {
			redirect.addFlashAttribute("message", "demand.page.filed");
			return "redirect:/demands/" + filed.get().getId();
		}
		addChoices(form, viewer, model, locale);
		return FORM;
	}

	/** The duplicate hint, asked for by htmx when the title or the category changes. */
	@GetMapping("/demands/similar")
	String similar(@ModelAttribute("filing") FilingForm form, Viewer viewer, Model model, Locale locale) {
		model.addAttribute("similar", duplicates.similar(form, viewer, locale));
		return FORM + " :: similar";
	}

	/** The enterprise picker of the centre, searched as it types. */
	@GetMapping("/demands/enterprise-choices")
	String enterpriseChoices(@RequestParam(defaultValue = "") String enterpriseQuery, Viewer viewer, Model model) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the centre picks any enterprise");
		}
		model.addAttribute("enterprises", enterpriseQuery.isBlank() ? List.of()
				: directory.searchEnterprises(enterpriseQuery, 10)
					.stream()
					.map(e -> new Choice(String.valueOf(e.id()), e.name()))
					.toList());
		model.addAttribute("filing", new FilingForm());
		return FORM + " :: enterpriseChoices";
	}

	private void addChoices(FilingForm form, Viewer viewer, Model model, Locale locale) {
		model.addAttribute("categories", choices.activeCategories(locale));
		model.addAttribute("urgencies", choices.urgencies(locale));
		switch (viewer.role()) {
			case ENTERPRISE -> model.addAttribute("ownEnterprise",
					directory.enterpriseNames(List.of(viewer.enterpriseId())).get(viewer.enterpriseId()));
			case CADRE -> model.addAttribute("enterprises", directory.enterprisesPairedWith(viewer.cadreId())
				.stream()
				.map(e -> new Choice(String.valueOf(e.id()), e.name()))
				.toList());
			default -> model.addAttribute("enterprises", form.getEnterpriseId() == null ? List.of()
					: directory.enterprise(form.getEnterpriseId())
						.map(e -> List.of(new Choice(String.valueOf(e.id()), e.name())))
						.orElse(List.of()));
		}
	}

	private static String firstLine(String notes) {
		String line = notes.strip().lines().findFirst().orElse("").strip();
		return line.length() <= PREFILLED_TITLE ? line : line.substring(0, PREFILLED_TITLE);
	}

}
