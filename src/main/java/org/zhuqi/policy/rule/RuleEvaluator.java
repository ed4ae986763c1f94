package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.zhuqi.policy.rule.Verdict.Line;
import org.zhuqi.policy.rule.Verdict.Status;

/**
 * The one evaluator of eligibility rules, plain Java: evaluates a (valid) rule over an enterprise's profile
 * on a given day and explains every condition. Every condition is evaluated (no short cut), so the verdict
 * lists them all. A missing attribute or an undeclared figure fails its condition with the reason
 * 未申报… (not declared) or 企业信息中缺少… (unknown); evaluation never throws for a profile. Matching, previews, 政策体检, notices and
 * 免申即享 all go through here.
 */
public final class RuleEvaluator {

	/** The reason of a condition that was checked: the enterprise's actual value. */
	public static final String ACTUAL = "policy.rule.reason.actual";

	/** The reason of a figure condition the enterprise never declared. */
	public static final String UNDECLARED = "policy.rule.reason.undeclared";

	/** The reason of an attribute the directory does not know for the enterprise. */
	public static final String UNKNOWN = "policy.rule.reason.unknown";

	/** The reason of a stored condition whose values cannot be read (a rule that bypassed validation). */
	public static final String INVALID = "policy.rule.reason.invalid";

	private RuleEvaluator() {
	}

	/** Whether the enterprise qualifies and why; a {@code null} rule admits every enterprise. */
	public static Verdict evaluate(Rule rule, EnterpriseProfile profile, LocalDate today) {
		if (rule == null) {
			return Verdict.everyone();
		}
		List<Line> lines = new ArrayList<>();
		boolean matched = node(rule, 0, profile, today, lines);
		return new Verdict(matched, lines);
	}

	/** Whether the enterprise qualifies, without the explanation. */
	public static boolean matches(Rule rule, EnterpriseProfile profile, LocalDate today) {
		return rule == null || node(rule, 0, profile, today, null);
	}

	private static boolean node(Rule rule, int depth, EnterpriseProfile profile, LocalDate today, List<Line> lines) {
		if (rule instanceof RuleGroup group) {
			int at = lines == null ? -1 : lines.size();
			if (lines != null) {
				lines.add(null); // the group's line, filled in once its members are known
			}
			boolean all = group.junction() == RuleGroup.Junction.ALL;
			boolean result = all;
			for (Rule member : group.members()) {
				boolean held = node(member, depth + 1, profile, today, lines);
				result = all ? result && held : result || held;
			}
			if (lines != null) {
				lines.set(at, new Line(depth, group, result ? Status.PASSED : Status.FAILED, null, List.of()));
			}
			return result;
		}
		Line line = condition((RuleCondition) rule, depth, profile, today);
		if (lines != null) {
			lines.add(line);
		}
		return line.passed();
	}

	private static Line condition(RuleCondition condition, int depth, EnterpriseProfile profile, LocalDate today) {
		Object actual = actual(condition, profile, today);
		if (actual == null) {
			boolean figure = condition.attribute() == RuleAttribute.FIGURE;
			String what = figure ? condition.figure().messageKey() : condition.attribute().messageKey();
			return new Line(depth, condition, Status.MISSING, figure ? UNDECLARED : UNKNOWN, List.of(what));
		}
		boolean held;
		try {
			held = switch (condition.attribute().kind()) {
				case CHOICE -> choice(condition, (String) actual);
				case TAGS -> tags(condition, profile.tags());
				case NUMBER -> number(condition, actual instanceof Integer years ? BigDecimal.valueOf(years)
						: (BigDecimal) actual);
				case DATE -> date(condition, (LocalDate) actual);
			};
		}
		catch (NumberFormatException | DateTimeParseException | IndexOutOfBoundsException ex) {
			// a stored rule that never passed the validator: the condition cannot hold
			return new Line(depth, condition, Status.FAILED, INVALID, List.of());
		}
		return new Line(depth, condition, held ? Status.PASSED : Status.FAILED, ACTUAL, List.of(actual));
	}

	/** The enterprise's value the condition looks at, or {@code null} when unknown or undeclared. */
	private static Object actual(RuleCondition condition, EnterpriseProfile profile, LocalDate today) {
		return switch (condition.attribute()) {
			case STREET -> profile.streetCode();
			case INDUSTRY -> profile.industryCode();
			case SIZE -> profile.sizeClass();
			case TAGS -> new ArrayList<>(new TreeSet<>(profile.tags()));
			case REGISTERED_CAPITAL -> profile.registeredCapital();
			case FOUNDED_ON -> profile.foundedOn();
			case YEARS_SINCE_FOUNDING -> profile.foundedOn() == null ? null
					: Integer.valueOf(Math.max(0, Period.between(profile.foundedOn(), today).getYears()));
			case FIGURE -> condition.figure() == null ? null : profile.figures().get(condition.figure());
		};
	}

	private static boolean choice(RuleCondition condition, String actual) {
		boolean in = condition.values().contains(actual);
		return condition.operator() == RuleOperator.IN ? in : !in;
	}

	private static boolean tags(RuleCondition condition, Set<String> tags) {
		return switch (condition.operator()) {
			case HAS_ANY -> condition.values().stream().anyMatch(tags::contains);
			case HAS_ALL -> tags.containsAll(condition.values());
			case HAS_NONE -> condition.values().stream().noneMatch(tags::contains);
			default -> false;
		};
	}

	private static boolean number(RuleCondition condition, BigDecimal actual) {
		int compared = actual.compareTo(condition.number(0));
		return switch (condition.operator()) {
			case GE -> compared >= 0;
			case GT -> compared > 0;
			case LE -> compared <= 0;
			case LT -> compared < 0;
			case EQ -> compared == 0;
			case BETWEEN -> compared >= 0 && actual.compareTo(condition.number(1)) <= 0;
			default -> false;
		};
	}

	private static boolean date(RuleCondition condition, LocalDate actual) {
		LocalDate bound = condition.date();
		return condition.operator() == RuleOperator.BEFORE ? actual.isBefore(bound) : actual.isAfter(bound);
	}

}
