package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseSelection;

/**
 * Puts rules and verdicts into words in the reader's language: 所属街道属于：西溪街道、古荡街道; 本企业：西溪街道;
 * 未申报上年度研发费用（元）. Codes of streets, industry sections and size classes become their names.
 */
@Component
class RuleWords {

	private final MessageSource messages;

	private final Directory directory;

	RuleWords(MessageSource messages, Directory directory) {
		this.messages = messages;
		this.directory = directory;
	}

	/** One line of a rule in words, indented by {@code depth}; {@code status} and {@code reason} for a verdict. */
	public record Line(int depth, boolean group, String text, Verdict.Status status, String reason) {

		/** The CSS class of the outcome: passed, failed or missing (empty for a rule without verdict). */
		public String outcome() {
			return status == null ? "" : status.name().toLowerCase(Locale.ROOT);
		}

	}

	/** The rule in words, one line per group and condition; empty for a rule admitting everyone. */
	List<Line> describe(Rule rule, Locale locale) {
		List<Line> lines = new ArrayList<>();
		if (rule != null) {
			Labels labels = labels(locale);
			describe(rule, 0, labels, locale, lines);
		}
		return lines;
	}

	/** The verdict in words: every line of the rule with whether it held and the enterprise's value. */
	List<Line> explain(Verdict verdict, Locale locale) {
		Labels labels = labels(locale);
		return verdict.lines().stream().map(line -> new Line(line.depth(), line.isGroup(), text(line.node(), labels, locale),
				line.status(), line.isGroup() ? null : reason(line, labels, locale))).toList();
	}

	/** The condition or group alone in words. */
	String text(Rule rule, Locale locale) {
		return text(rule, labels(locale), locale);
	}

	private void describe(Rule rule, int depth, Labels labels, Locale locale, List<Line> lines) {
		lines.add(new Line(depth, rule instanceof RuleGroup, text(rule, labels, locale), null, null));
		if (rule instanceof RuleGroup group) {
			group.members().forEach(member -> describe(member, depth + 1, labels, locale, lines));
		}
	}

	private String text(Rule rule, Labels labels, Locale locale) {
		if (rule instanceof RuleGroup group) {
			return message("policy.rule.group." + group.junction().name(), locale);
		}
		RuleCondition condition = (RuleCondition) rule;
		String subject = condition.attribute() == RuleAttribute.FIGURE && condition.figure() != null
				? message(condition.figure().messageKey(), locale) : message(condition.attribute().messageKey(), locale);
		List<String> values = condition.values().stream().map(v -> labels.of(condition.attribute(), v)).toList();
		String joined = String.join(message("policy.rule.separator", locale), values);
		if (condition.operator() == RuleOperator.BETWEEN && values.size() == 2) {
			return message(condition.operator().messageKey(), locale, subject, values.get(0), values.get(1));
		}
		return message(condition.operator().messageKey(), locale, subject, joined, "");
	}

	private String reason(Verdict.Line line, Labels labels, Locale locale) {
		if (line.reasonCode() == null) {
			return null;
		}
		RuleCondition condition = (RuleCondition) line.node();
		Object[] arguments = line.reasonArguments().stream().map(argument -> {
			if (!RuleEvaluator.ACTUAL.equals(line.reasonCode())) {
				return message(String.valueOf(argument), locale);
			}
			return actual(condition.attribute(), argument, labels, locale);
		}).toArray();
		return messages.getMessage(line.reasonCode(), arguments, line.reasonCode(), locale);
	}

	private String actual(RuleAttribute attribute, Object value, Labels labels, Locale locale) {
		if (value instanceof Collection<?> tags) {
			return tags.isEmpty() ? message("policy.rule.value.noTags", locale)
					: tags.stream().map(String::valueOf).collect(Collectors.joining(message("policy.rule.separator", locale)));
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		if (attribute == RuleAttribute.YEARS_SINCE_FOUNDING) {
			return message("policy.rule.value.years", locale, value);
		}
		return labels.of(attribute, String.valueOf(value));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
	}

	/** Names of the codes of streets, industry sections and size classes in the reader's language. */
	Labels labels(Locale locale) {
		EnterpriseSelection.Choices choices = directory.enterpriseChoices(locale);
		return new Labels(map(choices.streets()), map(choices.industries()), map(choices.sizes()));
	}

	private static Map<String, String> map(List<EnterpriseSelection.Choice> choices) {
		return choices.stream()
			.collect(Collectors.toMap(EnterpriseSelection.Choice::code, EnterpriseSelection.Choice::label, (a, b) -> a));
	}

	/** Names of the codes of the attributes with fixed lists (a code without a name shows as itself). */
	public record Labels(Map<String, String> streets, Map<String, String> industries, Map<String, String> sizes) {

		String of(RuleAttribute attribute, String code) {
			Function<String, String> name = switch (attribute) {
				case STREET -> c -> streets.getOrDefault(c, c);
				case INDUSTRY -> c -> industries.getOrDefault(c, c);
				case SIZE -> c -> sizes.getOrDefault(c, c);
				default -> Function.identity();
			};
			return name.apply(code);
		}

		public String street(String code) {
			return of(RuleAttribute.STREET, code);
		}

		public String industry(String code) {
			return of(RuleAttribute.INDUSTRY, code);
		}

		public String size(String code) {
			return of(RuleAttribute.SIZE, code);
		}

	}

}
