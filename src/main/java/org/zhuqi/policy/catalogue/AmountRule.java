package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How much one grant of a policy is: a fixed amount, or a percentage of a declared figure (e.g. 20 % of the
 * R&D spend) capped at an amount. Amounts are yuan with fen (scale 2); a percentage is rounded half-up to the
 * fen <em>before</em> the cap applies, so the cap is never exceeded by rounding.
 *
 * @param kind FIXED or PERCENT
 * @param fixedAmount the amount of a FIXED rule, else {@code null}
 * @param percent the percentage of a PERCENT rule (0 < p ≤ 100, up to four decimals), else {@code null}
 * @param percentOf the declared figure a PERCENT rule takes the percentage of, else {@code null}
 * @param cap the most one grant of a PERCENT rule may be, or {@code null} for no cap
 */
public record AmountRule(Kind kind, BigDecimal fixedAmount, BigDecimal percent, Figure percentOf, BigDecimal cap) {

	/** Whether the amount is fixed or a percentage of a declared figure. */
	public enum Kind {

		FIXED, PERCENT

	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public AmountRule {
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.FIXED) {
			requirePositive(fixedAmount, "fixedAmount");
			if (percent != null || percentOf != null || cap != null) {
				throw new IllegalArgumentException("a fixed amount has no percentage, figure or cap");
			}
			fixedAmount = fen(fixedAmount);
		}
		else {
			requirePositive(percent, "percent");
			Objects.requireNonNull(percentOf, "percentOf");
			if (percent.compareTo(HUNDRED) > 0 || percent.stripTrailingZeros().scale() > 4) {
				throw new IllegalArgumentException("percent must be at most 100 with at most four decimals: " + percent);
			}
			if (percentOf.isCount()) {
				throw new IllegalArgumentException("a percentage is taken of an amount, not of " + percentOf);
			}
			if (fixedAmount != null) {
				throw new IllegalArgumentException("a percentage rule has no fixed amount");
			}
			if (cap != null) {
				requirePositive(cap, "cap");
				cap = fen(cap);
			}
		}
	}

	public static AmountRule fixed(BigDecimal amount) {
		return new AmountRule(Kind.FIXED, amount, null, null, null);
	}

	public static AmountRule percentOf(BigDecimal percent, Figure figure, BigDecimal cap) {
		return new AmountRule(Kind.PERCENT, null, percent, figure, cap);
	}

	/**
	 * The amount of one grant, in yuan with fen: the fixed amount, or the percentage of the declared figure
	 * rounded half-up to the fen and then capped. Empty when a PERCENT rule's figure was not declared.
	 *
	 * @param declared the declared value of {@link #percentOf()} ({@code null} when not declared; ignored by a
	 * FIXED rule)
	 */
	public Optional<BigDecimal> amountFor(BigDecimal declared) {
		if (kind == Kind.FIXED) {
			return Optional.of(fixedAmount);
		}
		if (declared == null) {
			return Optional.empty();
		}
		if (declared.signum() < 0) {
			throw new IllegalArgumentException("a declared figure is never negative: " + declared);
		}
		BigDecimal amount = declared.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
		return Optional.of(cap != null && amount.compareTo(cap) > 0 ? cap : amount);
	}

	/** Whether the amount depends on a declared figure (and an application must declare it). */
	public boolean needsFigure() {
		return kind == Kind.PERCENT;
	}

	private static void requirePositive(BigDecimal value, String name) {
		Objects.requireNonNull(value, name);
		if (value.signum() <= 0) {
			throw new IllegalArgumentException(name + " must be positive: " + value);
		}
	}

	/** The amount in yuan with fen; more than two decimals is refused rather than rounded silently. */
	private static BigDecimal fen(BigDecimal value) {
		try {
			return value.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("an amount has at most two decimals (fen): " + value, ex);
		}
	}

}
