package org.zhuqi.demand.visit;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.demand.problem.Choice;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The visit records (走访记录) pages: a cadre's own visits (the centre sees all), searchable and paged (htmx
 * swaps only the results), and the form to log a visit. From each visit the cadre can file a problem; the
 * filing form is then prefilled from the visit.
 */
@Controller
class VisitController {

	private static final String FORM = "demand/visit-form";

	private final VisitService service;

	private final VisitQueries queries;

	private final Directory directory;

	VisitController(VisitService service, VisitQueries queries, Directory directory) {
		this.service = service;
		this.queries = queries;
		this.directory = directory;
	}

	@GetMapping("/visits")
	String list(VisitFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("canLog", service.canLog(viewer));
		return htmx != null ? "demand/visits :: results" : "demand/visits";
	}

	@GetMapping("/visits/new")
	String initCreationForm(Viewer viewer, Model model) {
		requireCadre(viewer);
		model.addAttribute("visit", new VisitForm());
		addChoices(viewer, model);
		return FORM;
	}

	@PostMapping("/visits/new")
	String processCreationForm(@Valid @ModelAttribute("visit") VisitForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		requireCadre(viewer);
		Optional<Visit> logged = FormSubmission.attempt(result, () -> service.log(form, viewer));
		if (logged.isPresent()) {
			redirect.addFlashAttribute("message", "visit.logged");
			redirect.addFlashAttribute("loggedVisit", logged.get().getId());
			return "redirect:/visits";
		}
		addChoices(viewer, model);
		return FORM;
	}

	private void requireCadre(Viewer viewer) {
		if (!service.canLog(viewer)) {
			throw new AccessDeniedException("only liaison cadres log visits");
		}
	}

	private void addChoices(Viewer viewer, Model model) {
		List<Choice> enterprises = directory.enterprisesPairedWith(viewer.cadreId())
			.stream()
			.map(e -> new Choice(String.valueOf(e.id()), e.name()))
			.toList();
		model.addAttribute("enterprises", enterprises);
	}

}
