package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

import org.zhuqi.demand.problem.Satisfaction;

/**
 * Counts {@link DemandFact}s into {@link Figures}: one pass, constant memory, so that rows can be streamed
 * from the database straight into it (and into one per group for the breakdowns). The per-problem
 * definitions are {@link DemandFact}'s; this class adds them up and divides.
 *
 * <pre>{@code
 * DemandFigures figures = new DemandFigures(clock.instant(), deadlines::workingDaysBetween);
 * facts.forEach(figures::add);
 * Figures result = figures.figures(meetings);
 * }</pre>
 */
public final class DemandFigures {

	/** Whole working days between two instants, e.g. {@code Deadlines::workingDaysBetween}. */
	@FunctionalInterface
	public interface WorkingDays {

		int between(Instant start, Instant end);

	}

	private final Instant now;

	private final WorkingDays workingDays;

	private long total;

	private long coordinated;

	private long resolved;

	private long resolvedByCadre;

	private long unresolvable;

	private long open;

	private long overdue;

	private long keyProblems;

	private long resolvedOnTime;

	private long resolveWorkingDays;

	private long ratings;

	private long satisfied;

	private long unrated;

	private long awaitingRating;

	private long firstRatings;

	private long firstSatisfied;

	/**
	 * @param now the moment "overdue" is judged at
	 * @param workingDays the working-day calendar, for the average resolution time
	 */
	public DemandFigures(Instant now, WorkingDays workingDays) {
		this.now = Objects.requireNonNull(now, "now");
		this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
	}

	/** The figures of the given problems. */
	public static Figures of(Iterable<DemandFact> facts, long meetings, Instant now, WorkingDays workingDays) {
		DemandFigures figures = new DemandFigures(now, workingDays);
		facts.forEach(figures::add);
		return figures.figures(meetings);
	}

	/** Counts one more problem. */
	public DemandFigures add(DemandFact fact) {
		total++;
		if (fact.coordinated()) {
			coordinated++;
		}
		if (fact.keyProblem()) {
			keyProblems++;
		}
		if (fact.isOpen()) {
			open++;
		}
		if (fact.isOverdue(now)) {
			overdue++;
		}
		if (fact.isUnresolvable()) {
			unresolvable++;
		}
		if (fact.isResolved()) {
			resolved++;
			resolveWorkingDays += workingDays.between(fact.submittedAt(), fact.resolvedAt());
			if (fact.resolvedByCadre()) {
				resolvedByCadre++;
			}
			if (fact.isResolvedOnTime()) {
				resolvedOnTime++;
			}
		}
		Satisfaction rating = fact.countedRating();
		if (rating != null) {
			ratings++;
			if (!rating.isDissatisfied()) {
				satisfied++;
			}
		}
		else if (fact.isUnrated(now)) {
			unrated++;
		}
		else if (fact.isAwaitingRating(now)) {
			awaitingRating++;
		}
		Satisfaction first = fact.countedFirstRating();
		if (first != null) {
			firstRatings++;
			if (!first.isDissatisfied()) {
				firstSatisfied++;
			}
		}
		return this;
	}

	/** The figures of everything added so far, with the number of meetings counted separately. */
	public Figures figures(long meetings) {
		BigDecimal averageDays = resolved == 0 ? null : BigDecimal.valueOf(resolveWorkingDays)
			.divide(BigDecimal.valueOf(resolved), Figures.DAYS_SCALE, RoundingMode.HALF_UP);
		return new Figures(total, coordinated, Figures.rate(coordinated, total), resolved, resolvedByCadre,
				unresolvable, open, overdue, Figures.rate(resolved, resolved + unresolvable + overdue), resolvedOnTime,
				Figures.rate(resolvedOnTime, resolved), averageDays, keyProblems, meetings, ratings, satisfied,
				Figures.rate(satisfied, ratings), unrated, awaitingRating, firstRatings, firstSatisfied,
				Figures.rate(firstSatisfied, firstRatings));
	}

}
