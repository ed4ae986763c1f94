package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of a set of problems, as defined in {@code docs/metrics.md}. Counts are problems; rates are
 * decimals from 0 to 1 with four places (0.9812 is 98.12%), rounded half-up, and {@code null} when their
 * denominator is 0 (no data is neither 0% nor 100%).
 *
 * @param total problems filed in the period (within the filter)
 * @param coordinated routed to a department (已交办) at least once, resolved directly by the cadre, or escalated
 * to a key problem (协调)
 * @param coordinationRate {@code coordinated / total}
 * @param resolved finished with a resolution (办结), including by the cadre and after a rectification
 * @param resolvedByCadre of {@code resolved}, resolved directly by the liaison cadre
 * @param unresolvable finished as 无法解决 and not fixed by a rectification afterwards
 * @param open still being worked on (waiting for routing, assigned, in progress, rectifying)
 * @param overdue open and past the deadline they work against now
 * @param resolutionRate {@code resolved / (resolved + unresolvable + overdue)}
 * @param resolvedOnTime of {@code resolved}, resolved by their deadline
 * @param timelinessRate {@code resolvedOnTime / resolved}
 * @param avgResolveWorkingDays mean working days from filing to resolution over {@code resolved}, two places
 * @param keyProblems escalated to key problems (重点问题)
 * @param meetings coordination meetings (专题协调会) held in the period
 * @param ratings problems with a rating that counts (the final one, given in time)
 * @param satisfied of {@code ratings}, 非常满意, 满意 or 基本满意
 * @param satisfactionRate {@code satisfied / ratings}
 * @param unrated finished problems whose rating window passed without a rating (未评价, left out of the rate)
 * @param awaitingRating finished problems the enterprise may still rate
 * @param firstRatings problems with a first rating given in time
 * @param firstSatisfied of {@code firstRatings}, satisfied
 * @param firstRatingSatisfactionRate {@code firstSatisfied / firstRatings}: satisfaction before any rectification
 */
public record Figures(
		@Schema(description = "problems filed in the period") long total,
		@Schema(description = "routed to a department at least once, resolved by the cadre, or escalated") long coordinated,
		@Schema(description = "coordinated / total, decimal 0..1 (4 places), null without problems") BigDecimal coordinationRate,
		@Schema(description = "resolved (办结), by a department or the cadre, also after a rectification") long resolved,
		@Schema(description = "of resolved, resolved directly by the liaison cadre") long resolvedByCadre,
		@Schema(description = "无法解决 and not fixed by a rectification") long unresolvable,
		@Schema(description = "still being worked on") long open,
		@Schema(description = "open and past the deadline they work against now") long overdue,
		@Schema(description = "resolved / (resolved + unresolvable + overdue), decimal 0..1, null when 0/0") BigDecimal resolutionRate,
		@Schema(description = "of resolved, resolved by their deadline") long resolvedOnTime,
		@Schema(description = "resolvedOnTime / resolved, decimal 0..1, null when 0/0") BigDecimal timelinessRate,
		@Schema(description = "mean working days from filing to resolution over resolved, 2 places, null when none") BigDecimal avgResolveWorkingDays,
		@Schema(description = "escalated to key problems (重点问题)") long keyProblems,
		@Schema(description = "coordination meetings (专题协调会) held in the period") long meetings,
		@Schema(description = "problems with a rating that counts (the final one, given within 7 days)") long ratings,
		@Schema(description = "of ratings, 非常满意/满意/基本满意") long satisfied,
		@Schema(description = "satisfied / ratings, decimal 0..1, null when 0/0; unrated problems are left out") BigDecimal satisfactionRate,
		@Schema(description = "finished, rating window passed without a rating (未评价)") long unrated,
		@Schema(description = "finished, the enterprise may still rate") long awaitingRating,
		@Schema(description = "problems with a first rating given in time") long firstRatings,
		@Schema(description = "of firstRatings, satisfied") long firstSatisfied,
		@Schema(description = "firstSatisfied / firstRatings: satisfaction before any rectification") BigDecimal firstRatingSatisfactionRate) {

	/** Decimal places of a rate. */
	public static final int RATE_SCALE = 4;

	/** Decimal places of an average number of working days. */
	public static final int DAYS_SCALE = 2;

	/** The same figures with the number of coordination meetings replaced. */
	public Figures withMeetings(long count) {
		return new Figures(total, coordinated, coordinationRate, resolved, resolvedByCadre, unresolvable, open, overdue,
				resolutionRate, resolvedOnTime, timelinessRate, avgResolveWorkingDays, keyProblems, count, ratings,
				satisfied, satisfactionRate, unrated, awaitingRating, firstRatings, firstSatisfied,
				firstRatingSatisfactionRate);
	}

	/** {@code part / whole} with {@link #RATE_SCALE} places, half-up, or {@code null} when {@code whole} is 0. */
	static BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, RoundingMode.HALF_UP);
	}

}
