package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.zhuqi.policy.catalogue.Figure;

/**
 * One condition of a rule: an attribute (or declared figure), an operator and its values, e.g. street in
 * XIXI or GUDANG; R&D spend ≥ 500000; founded before 2024-01-01. Values are kept as text as stored; numbers
 * and dates are read by {@link #number(int)} and {@link #date()} once {@link RuleValidator} accepted them.
 *
 * @param figure the declared figure of a {@link RuleAttribute#FIGURE} condition, else {@code null}
 * @param values codes or tags for set operators, one number or date, or two numbers for BETWEEN
 */
public record RuleCondition(RuleAttribute attribute, Figure figure, RuleOperator operator, List<String> values)
		implements Rule {

	public RuleCondition {
		Objects.requireNonNull(attribute, "attribute");
		Objects.requireNonNull(operator, "operator");
		values = values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.strip()).toList();
	}

	public static RuleCondition of(RuleAttribute attribute, RuleOperator operator, String... values) {
		return new RuleCondition(attribute, null, operator, List.of(values));
	}

	public static RuleCondition figure(Figure figure, RuleOperator operator, String... values) {
		return new RuleCondition(RuleAttribute.FIGURE, figure, operator, List.of(values));
	}

	/** The i-th value as a number. */
	public BigDecimal number(int index) {
		return new BigDecimal(values.get(index));
	}

	/** The value as a date (ISO, yyyy-MM-dd). */
	public LocalDate date() {
		return LocalDate.parse(values.get(0));
	}

}
