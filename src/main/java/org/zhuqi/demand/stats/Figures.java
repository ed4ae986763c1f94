package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a set of problems, as defined in {@code docs/metrics.md}. Counts are problems; rates are
 * decimals from 0 to 1 with four places, and {@code null} when their denominator is 0 (no data is neither 0%
 * nor 100%).
 *
 * @param total problems filed in the period (within the filter)
 * @param coordinated routed to a department, resolved by the cadre, or escalated (协调)
 * @param resolved finished with a resolution (办结), including by the cadre
 * @param resolvedByCadre of {@code resolved}, resolved directly by the liaison cadre
 * @param unresolvable finished as 无法解决
 * @param open still being worked on (waiting for routing, assigned, in progress, rectifying)
 * @param overdue open and past the deadline they work against now
 * @param keyProblems escalated to key problems (重点问题)
 * @param meetings coordination meetings (专题协调会) held in the period
 * @param coordinationRate {@code coordinated / total}
 * @param resolutionRate {@code resolved / (resolved + unresolvable + overdue)}
 * @param resolvedOnTime of {@code resolved}, resolved by their deadline
 * @param timelinessRate {@code resolvedOnTime / resolved}
 * @param ratings problems with a rating that counts (the final one, given in time)
 * @param satisfied of {@code ratings}, 非常满意, 满意 or 基本满意
 * @param satisfactionRate {@code satisfied / ratings}
 * @param firstRatings problems with a first rating given in time
 * @param firstSatisfied of {@code firstRatings}, satisfied
 * @param firstRatingSatisfactionRate {@code firstSatisfied / firstRatings}: satisfaction before any rectification
 * @param avgResolveWorkingDays mean working days from filing to resolution over {@code resolved}, two places
 */
public record Figures(long total, long coordinated, long resolved, long resolvedByCadre, long unresolvable,
		long open, long overdue, long keyProblems, long meetings, BigDecimal coordinationRate,
		BigDecimal resolutionRate, long resolvedOnTime, BigDecimal timelinessRate, long ratings, long satisfied,
		BigDecimal satisfactionRate, long firstRatings, long firstSatisfied, BigDecimal firstRatingSatisfactionRate,
		BigDecimal avgResolveWorkingDays) {

	/** Decimal places of a rate. */
	public static final int RATE_SCALE = 4;

	/** Decimal places of an average number of working days. */
	public static final int DAYS_SCALE = 2;

	/** {@code part / whole} with {@link #RATE_SCALE} places, or {@code null} when {@code whole} is 0. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}

}
