package org.zhuqi.policy.rule;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a {@link RuleCondition} looks at: an attribute of the enterprise in the directory, or (for
 * {@link #FIGURE}) one of its declared figures (申报数据). The kind decides which operators apply and what the
 * values are: codes, tags, numbers or a date.
 */
public enum RuleAttribute {

	/** 所属街道: the street or town code, e.g. XIXI. */
	STREET(Kind.CHOICE),

	/** 行业门类: the GB/T 4754 industry section letter, e.g. I. */
	INDUSTRY(Kind.CHOICE),

	/** 企业规模: LARGE, MEDIUM, SMALL or MICRO. */
	SIZE(Kind.CHOICE),

	/** 企业标签: labels such as 高新技术企业. */
	TAGS(Kind.TAGS),

	/** 注册资本 in yuan. */
	REGISTERED_CAPITAL(Kind.NUMBER),

	/** 成立日期: the founding date. */
	FOUNDED_ON(Kind.DATE),

	/** 成立年限: full years since the founding date, on the day of evaluation. */
	YEARS_SINCE_FOUNDING(Kind.NUMBER),

	/** A declared figure; the condition names which one. */
	FIGURE(Kind.NUMBER);

	/** What kind of value the attribute has, which decides its operators. */
	public enum Kind {

		CHOICE(EnumSet.of(RuleOperator.IN, RuleOperator.NOT_IN)),

		TAGS(EnumSet.of(RuleOperator.HAS_ANY, RuleOperator.HAS_ALL, RuleOperator.HAS_NONE)),

		NUMBER(EnumSet.of(RuleOperator.GE, RuleOperator.GT, RuleOperator.LE, RuleOperator.LT, RuleOperator.EQ,
				RuleOperator.BETWEEN)),

		DATE(EnumSet.of(RuleOperator.BEFORE, RuleOperator.AFTER));

		private final Set<RuleOperator> operators;

		Kind(Set<RuleOperator> operators) {
			this.operators = operators;
		}

		public Set<RuleOperator> operators() {
			return operators;
		}

	}

	private final Kind kind;

	RuleAttribute(Kind kind) {
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}

	/** Whether the operator applies to this attribute. */
	public boolean accepts(RuleOperator operator) {
		return kind.operators().contains(operator);
	}

	/** The message key of the attribute's name, e.g. {@code policy.rule.attribute.STREET}. */
	public String messageKey() {
		return "policy.rule.attribute." + name();
	}

}
