package org.zhuqi.demand.problem;

import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * The problem pages every role shares: the list within the viewer's scope (htmx swaps only the results) and
 * one problem with its timeline and action forms. Filing and actions have their own controllers.
 */
@Controller
class DemandController {

	private final DemandQueries queries;

	private final DemandChoices choices;

	private final DemandPage page;

	DemandController(DemandQueries queries, DemandChoices choices, DemandPage page) {
		this.queries = queries;
		this.choices = choices;
		this.page = page;
	}

	@GetMapping("/demands")
	String list(DemandFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("page", queries.search(filter, viewer, pageable, locale));
		model.addAttribute("filter", filter);
		model.addAttribute("canFile", !viewer.is(Role.DEPARTMENT));
		if (htmx != null) {
			return "demand/demands :: results";
		}
		model.addAttribute("states", choices.states(locale));
		model.addAttribute("categories", choices.categories(locale));
		model.addAttribute("urgencies", choices.urgencies(locale));
		model.addAttribute("sorts", choices.sorts(locale));
		if (viewer.isAdmin()) {
			model.addAttribute("departments", choices.departments());
		}
		return "demand/demands";
	}

	@GetMapping("/demands/{id:\\d+}")
	String show(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		page.fill(model, id, viewer, locale, null);
		return DemandPage.VIEW;
	}

}
