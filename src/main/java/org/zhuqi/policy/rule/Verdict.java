package org.zhuqi.policy.rule;

import java.util.List;

/**
 * The outcome of a rule for one enterprise: whether it qualifies, and for every group and condition of the
 * rule (in reading order, with its nesting depth) whether it held and why, so that 政策体检 can say which
 * condition passed or failed.
 */
public record Verdict(boolean matched, List<Line> lines) {

	public Verdict {
		lines = List.copyOf(lines);
	}

	/** The verdict of a policy without a rule: every enterprise qualifies. */
	public static Verdict everyone() {
		return new Verdict(true, List.of());
	}

	/** The conditions that did not hold (failed or missing), in reading order. */
	public List<Line> failures() {
		return lines.stream().filter(line -> line.node() instanceof RuleCondition && !line.passed()).toList();
	}

	/** Whether a condition held, failed, or could not be checked because the value is missing. */
	public enum Status {

		PASSED, FAILED, MISSING

	}

	/**
	 * One group or condition of the rule and its outcome.
	 *
	 * @param depth 0 for the outermost node, +1 per enclosing group
	 * @param reasonCode the message code of the reason, e.g. {@code policy.rule.reason.actual} (本企业：{0}) or
	 * {@code policy.rule.reason.undeclared} (未申报{0}); {@code null} for a group
	 * @param reasonArguments the reason's arguments: the enterprise's actual value (a code, tags, a number, a date,
	 * years), or the message key of what is missing
	 */
	public record Line(int depth, Rule node, Status status, String reasonCode, List<Object> reasonArguments) {

		public Line {
			reasonArguments = List.copyOf(reasonArguments);
		}

		public boolean passed() {
			return status == Status.PASSED;
		}

		public boolean isGroup() {
			return node instanceof RuleGroup;
		}

	}

}
