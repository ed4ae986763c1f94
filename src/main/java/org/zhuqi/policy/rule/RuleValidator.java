package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Checks a rule before it is stored: every group has members, groups nest at most {@value #MAX_DEPTH} deep,
 * at most {@value #MAX_CONDITIONS} conditions, every operator fits its attribute, a figure condition names its
 * figure, and the values are of the right number and type (known codes, non-negative numbers, whole years,
 * ISO dates, BETWEEN's lower bound not above its upper). Finds every problem, not only the first.
 */
public final class RuleValidator {

	/** Groups nest at most this deep (the outermost group counts as one). */
	public static final int MAX_DEPTH = 4;

	public static final int MAX_CONDITIONS = 50;

	private final RuleVocabulary vocabulary;

	public RuleValidator(RuleVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** The problems of the rule, each located by its JSON path (e.g. {@code all[1].any[0]}); empty when valid. */
	public List<RuleProblem> problems(Rule rule) {
		return problems(rule, (node, path) -> path);
	}

	/**
	 * The problems of the rule, each located by {@code locate(node, jsonPath)}, e.g. the form field of the
	 * editor's line that holds the node.
	 */
	public List<RuleProblem> problems(Rule rule, BiFunction<Rule, String, String> locate) {
		List<RuleProblem> problems = new ArrayList<>();
		int conditions = check(rule, "", 1, locate, problems);
		if (conditions > MAX_CONDITIONS) {
			problems.add(RuleProblem.at(locate.apply(rule, ""), "policy.rule.invalid.tooMany", MAX_CONDITIONS));
		}
		return problems;
	}

	/** Throws when the rule has a problem. */
	public Rule require(Rule rule) {
		List<RuleProblem> problems = problems(rule);
		if (!problems.isEmpty()) {
			throw new InvalidRuleException(problems);
		}
		return rule;
	}

	private int check(Rule rule, String path, int depth, BiFunction<Rule, String, String> locate,
			List<RuleProblem> problems) {
		if (rule instanceof RuleGroup group) {
			String where = locate.apply(group, path);
			if (depth > MAX_DEPTH) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.depth", MAX_DEPTH));
				return 0;
			}
			if (group.members().isEmpty()) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.emptyGroup"));
			}
			int conditions = 0;
			String prefix = (path.isEmpty() ? "" : path + ".") + group.junction().name().toLowerCase();
			for (int i = 0; i < group.members().size(); i++) {
				conditions += check(group.members().get(i), prefix + "[" + i + "]", depth + 1, locate, problems);
			}
			return conditions;
		}
		checkCondition((RuleCondition) rule, locate.apply(rule, path), problems);
		return 1;
	}

	private void checkCondition(RuleCondition condition, String where, List<RuleProblem> problems) {
		RuleAttribute attribute = condition.attribute();
		if (attribute == RuleAttribute.FIGURE && condition.figure() == null) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.figureMissing"));
		}
		if (attribute != RuleAttribute.FIGURE && condition.figure() != null) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.figureUnexpected"));
		}
		if (!attribute.accepts(condition.operator())) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.operator", condition.operator().name(),
					attribute.name()));
			return;
		}
		List<String> values = condition.values();
		int arity = condition.operator().arity();
		if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.noValues"));
			return;
		}
		if (arity > 0 && values.size() != arity) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.valueCount", arity));
			return;
		}
		switch (attribute.kind()) {
			case CHOICE -> {
				Set<String> known = vocabulary.codesOf(attribute);
				values.stream()
					.filter(value -> !known.isEmpty() && !known.contains(value))
					.forEach(value -> problems.add(RuleProblem.at(where, "policy.rule.invalid.code", value)));
			}
			case TAGS -> values.stream()
				.filter(value -> value.length() > 32)
				.forEach(value -> problems.add(RuleProblem.at(where, "policy.rule.invalid.tag", value)));
			case NUMBER -> checkNumbers(condition, where, problems);
			case DATE -> {
				try {
					LocalDate.parse(values.get(0));
				}
				catch (DateTimeParseException ex) {
					problems.add(RuleProblem.at(where, "policy.rule.invalid.date", values.get(0)));
				}
			}
		}
	}

	private static void checkNumbers(RuleCondition condition, String where, List<RuleProblem> problems) {
		boolean whole = condition.attribute() == RuleAttribute.YEARS_SINCE_FOUNDING
				|| condition.figure() != null && condition.figure().isCount();
		List<BigDecimal> numbers = new ArrayList<>();
		for (String value : condition.values()) {
			BigDecimal number;
			try {
				number = new BigDecimal(value);
			}
			catch (NumberFormatException ex) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.number", value));
				continue;
			}
			if (number.signum() < 0) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.negative", value));
			}
			else if (whole && number.stripTrailingZeros().scale() > 0) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.whole", value));
			}
			else if (number.stripTrailingZeros().scale() > 2) {
				problems.add(RuleProblem.at(where, "policy.rule.invalid.fen", value));
			}
			numbers.add(number);
		}
		if (condition.operator() == RuleOperator.BETWEEN && numbers.size() == 2
				&& numbers.get(0).compareTo(numbers.get(1)) > 0) {
			problems.add(RuleProblem.at(where, "policy.rule.invalid.range", condition.values().get(0),
					condition.values().get(1)));
		}
	}

}
