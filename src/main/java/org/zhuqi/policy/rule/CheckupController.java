package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.shared.Viewer;

/**
 * 政策体检 ({@code /policies/checkup}): an enterprise's own check against every published open policy, with
 * the reason each condition passed or failed, and the form to declare its figures; and the cadre's view
 * ({@code /policies/cadre-matches}) of which paired enterprises qualify for which policies.
 */
@Controller
class CheckupController {

	private static final String CHECKUP = "policy/rule-checkup";

	private final Matching matching;

	private final DeclaredFigures figures;

	CheckupController(Matching matching, DeclaredFigures figures) {
		this.matching = matching;
		this.figures = figures;
	}

	@GetMapping("/policies/checkup")
	String checkup(Viewer viewer, Model model, Locale locale) {
		long enterpriseId = matching.ownEnterprise(viewer);
		return render(FiguresForm.of(figures.figuresOf(enterpriseId)), new EnumMap<>(Figure.class), viewer, model,
				locale);
	}

	@PostMapping("/policies/checkup/figures")
	String declare(@ModelAttribute("figuresForm") FiguresForm form, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		long enterpriseId = matching.ownEnterprise(viewer);
		Map<Figure, String> problems = new EnumMap<>(Figure.class);
		Map<Figure, BigDecimal> parsed = form.parse(problems);
		if (!problems.isEmpty()) {
			return render(form, problems, viewer, model, locale);
		}
		figures.declareAll(enterpriseId, parsed, viewer.username());
		redirect.addFlashAttribute("message", "policy.rule.figures.saved");
		return "redirect:/policies/checkup";
	}

	@GetMapping("/policies/cadre-matches")
	String cadreMatches(Viewer viewer, Model model) {
		model.addAttribute("matches", matching.cadreMatches(viewer));
		return "policy/rule-cadre";
	}

	private String render(FiguresForm form, Map<Figure, String> problems, Viewer viewer, Model model, Locale locale) {
		model.addAttribute("items", matching.checkup(viewer, locale));
		model.addAttribute("figuresForm", form);
		Map<String, String> byName = new HashMap<>();
		problems.forEach((figure, code) -> byName.put(figure.name(), code));
		model.addAttribute("figureProblems", byName);
		model.addAttribute("figures", Figure.values());
		model.addAttribute("declared", figures.declared(matching.ownEnterprise(viewer)));
		return CHECKUP;
	}

}
