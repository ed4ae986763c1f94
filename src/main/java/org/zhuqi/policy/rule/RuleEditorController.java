package org.zhuqi.policy.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.Directory;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The rule editor of the service centre ({@code /policies/{id}/rule}): condition and group lines with add and
 * remove buttons (htmx swaps the editor; without JavaScript the same buttons reload the page), a live preview
 * of how many directory enterprises match, the rule in words, and a JSON field as an alternative.
 */
@Controller
class RuleEditorController {

	private static final String PAGE = "policy/rule-editor";

	private static final String EDITOR = PAGE + " :: editor";

	private final PolicyRules rules;

	private final Eligibility eligibility;

	private final RuleWords words;

	private final Directory directory;

	private final MessageSource messages;

	RuleEditorController(PolicyRules rules, Eligibility eligibility, RuleWords words, Directory directory,
			MessageSource messages) {
		this.rules = rules;
		this.eligibility = eligibility;
		this.words = words;
		this.directory = directory;
		this.messages = messages;
	}

	/** A problem of the edited rule in the user's language, at a line of the editor (-1: the whole rule). */
	public record ShownProblem(int line, String message) {
	}

	@GetMapping("/policies/{id}/rule")
	String edit(@PathVariable long id, Viewer viewer, Model model, Locale locale) {
		PolicyRef policy = rules.editable(id, viewer);
		int version = rules.version(id);
		RuleForm form;
		List<ShownProblem> problems = new ArrayList<>();
		String json = policy.rule();
		try {
			form = RuleLines.toForm(eligibility.ruleOf(policy), version);
		}
		catch (InvalidRuleException ex) {
			form = RuleLines.toForm(null, version);
			ex.problems().forEach(p -> problems.add(new ShownProblem(-1, message(p, locale))));
		}
		return render(policy, form, problems, json, model, locale, false);
	}

	/** The editor's buttons and changes: re-render with the action applied (no save). */
	@PostMapping("/policies/{id}/rule/edit")
	String change(@PathVariable long id, @ModelAttribute("rule") RuleForm form,
			@RequestParam(defaultValue = "refresh") String action, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		PolicyRef policy = rules.editable(id, viewer);
		RuleLines.apply(form, action);
		return render(policy, form, List.of(), policy.rule(), model, locale, htmx != null);
	}

	@PostMapping("/policies/{id}/rule")
	String save(@PathVariable long id, @ModelAttribute("rule") RuleForm form, Viewer viewer, Model model,
			Locale locale, RedirectAttributes redirect) {
		PolicyRef policy = rules.editable(id, viewer);
		RuleLines.Converted converted = RuleLines.toRule(form);
		List<ShownProblem> problems = problems(converted, locale);
		if (problems.isEmpty()) {
			Optional<MessageSourceResolvable> refusal = FormSubmission
				.refusal(() -> rules.save(id, converted.rule(), form.getVersion(), viewer));
			if (refusal.isEmpty()) {
				redirect.addFlashAttribute("message", "policy.rule.saved");
				return "redirect:/policies/" + id + "/rule";
			}
			problems.add(new ShownProblem(-1, messages.getMessage(refusal.get(), locale)));
		}
		return render(policy, form, problems, policy.rule(), model, locale, false);
	}

	/** The JSON alternative: the whole rule as typed. */
	@PostMapping("/policies/{id}/rule/json")
	String saveJson(@PathVariable long id, @RequestParam(defaultValue = "") String json,
			@RequestParam int version, Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		PolicyRef policy = rules.editable(id, viewer);
		List<ShownProblem> problems = new ArrayList<>();
		Rule rule = null;
		try {
			rule = rules.read(json);
			if (rule != null) {
				rules.validator().problems(rule).forEach(p -> problems.add(new ShownProblem(-1, message(p, locale))));
			}
		}
		catch (InvalidRuleException ex) {
			ex.problems().forEach(p -> problems.add(new ShownProblem(-1, message(p, locale))));
		}
		if (problems.isEmpty()) {
			Rule parsed = rule;
			Optional<MessageSourceResolvable> refusal = FormSubmission.refusal(() -> rules.save(id, parsed, version, viewer));
			if (refusal.isEmpty()) {
				redirect.addFlashAttribute("message", "policy.rule.saved");
				return "redirect:/policies/" + id + "/rule";
			}
			problems.add(new ShownProblem(-1, messages.getMessage(refusal.get(), locale)));
		}
		model.addAttribute("jsonProblems", problems);
		return render(policy, storedForm(policy, version), List.of(), json, model, locale, false);
	}

	/** The stored rule as the editor's lines; empty when it cannot be read. */
	private RuleForm storedForm(PolicyRef policy, int version) {
		try {
			return RuleLines.toForm(eligibility.ruleOf(policy), version);
		}
		catch (InvalidRuleException ex) {
			return RuleLines.toForm(null, version);
		}
	}

	private String render(PolicyRef policy, RuleForm form, List<ShownProblem> given, String json, Model model,
			Locale locale, boolean fragment) {
		RuleLines.Converted converted = RuleLines.toRule(form);
		List<ShownProblem> found = problems(converted, locale);
		List<ShownProblem> problems = given.isEmpty() ? found : given;
		if (found.isEmpty()) {
			model.addAttribute("preview", eligibility.count(converted.rule()));
			model.addAttribute("words", words.describe(converted.rule(), locale));
		}
		model.addAttribute("policy", policy);
		model.addAttribute("rule", form);
		model.addAttribute("problems", problems);
		model.addAttribute("json", json);
		model.addAttribute("attributes", attributeOptions(locale));
		model.addAttribute("choices", directory.enterpriseChoices(locale));
		model.addAttribute("operators", operatorsByKind());
		return fragment ? EDITOR : PAGE;
	}

	private List<ShownProblem> problems(RuleLines.Converted converted, Locale locale) {
		List<ShownProblem> problems = new ArrayList<>();
		converted.problems().forEach(p -> problems.add(new ShownProblem(line(p.where()), message(p, locale))));
		if (converted.problems().isEmpty() && converted.rule() != null) {
			rules.validator()
				.problems(converted.rule(), (node, path) -> String.valueOf(converted.lineOf().getOrDefault(node, -1)))
				.forEach(p -> problems.add(new ShownProblem(Integer.parseInt(p.where()), message(p, locale))));
		}
		return problems;
	}

	/** The line of a location such as {@code lines[3].value}. */
	private static int line(String where) {
		if (!where.startsWith("lines[")) {
			return -1;
		}
		return Integer.parseInt(where.substring("lines[".length(), where.indexOf(']')));
	}

	private String message(RuleProblem problem, Locale locale) {
		return messages.getMessage(problem.code(), problem.argumentArray(), problem.code(), locale);
	}

	/** The attributes to choose from: the directory's, then each declared figure. */
	private List<AttributeOption> attributeOptions(Locale locale) {
		List<AttributeOption> options = new ArrayList<>();
		Arrays.stream(RuleAttribute.values())
			.filter(a -> a != RuleAttribute.FIGURE)
			.forEach(a -> options.add(new AttributeOption(a.name(), messages.getMessage(a.messageKey(), null, locale))));
		Arrays.stream(Figure.values())
			.forEach(f -> options.add(new AttributeOption(RuleLines.FIGURE_PREFIX + f.name(),
					messages.getMessage("policy.rule.attribute.figureNamed",
							new Object[] { messages.getMessage(f.messageKey(), null, locale) }, locale))));
		return options;
	}

	/** The operators of each kind of attribute, by the kind's name. */
	private static Map<String, List<String>> operatorsByKind() {
		Map<String, List<String>> operators = new HashMap<>();
		for (RuleAttribute.Kind kind : RuleAttribute.Kind.values()) {
			operators.put(kind.name(), kind.operators().stream().map(Enum::name).toList());
		}
		return operators;
	}

	/** One attribute of the editor's choice. */
	public record AttributeOption(String code, String label) {
	}

}
