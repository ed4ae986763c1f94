package org.zhuqi.policy.rule;

/**
 * How a {@link RuleCondition} compares: set membership for codes ({@link #IN}, {@link #NOT_IN}), tags
 * ({@link #HAS_ANY}, {@link #HAS_ALL}, {@link #HAS_NONE}), numbers ({@link #GE} ≥, {@link #GT} &gt;,
 * {@link #LE} ≤, {@link #LT} &lt;, {@link #EQ} =, {@link #BETWEEN} inclusive) and dates ({@link #BEFORE},
 * {@link #AFTER}, both strict).
 */
public enum RuleOperator {

	IN, NOT_IN, HAS_ANY, HAS_ALL, HAS_NONE, GE, GT, LE, LT, EQ, BETWEEN, BEFORE, AFTER;

	/** How many values the operator takes: exactly 1 or 2, or {@code -1} for one or more. */
	public int arity() {
		switch (this) {
			case BETWEEN:
				return 2;
			case IN:
			case NOT_IN:
			case HAS_ANY:
			case HAS_ALL:
			case HAS_NONE:
				return -1;
			default:
				return 1;
		}
	}

	/** The message key of the operator's wording, e.g. {@code policy.rule.operator.GE}. */
	public String messageKey() {
		return "policy.rule.operator." + name();
	}

}
