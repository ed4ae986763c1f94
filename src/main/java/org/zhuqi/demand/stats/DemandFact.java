package org.zhuqi.demand.stats;

import java.time.Instant;

import org.zhuqi.demand.problem.DemandState;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.UnresolvableReason;

/**
 * One problem (诉求) reduced to what the figures need: one row of the {@code demand} table. Its methods are
 * the per-problem definitions of {@code docs/metrics.md} (open, resolved, unresolvable, overdue, resolved on
 * time, the rating that counts); {@link DemandFigures} only counts them.
 *
 * @param leadDepartmentId the lead department (牵头部门) now, {@code null} while not routed
 * @param streetCode the enterprise's street as recorded on the problem when it was filed
 * @param cadreId the enterprise's liaison cadre as recorded on the problem, if any
 * @param deadline the deadline the problem works against in its current state (accept, resolve, follow-up or
 * rectify), {@code null} when no clock runs
 * @param unresolvableReason set when a department marked it 无法解决 (kept even if a rectification later fixed it)
 * @param rectified whether it was fixed again after a dissatisfied rating (整改)
 * @param rating the latest rating, if any
 * @param firstRating the dissatisfied rating that opened a rectification, if any
 */
public record DemandFact(long id, Long leadDepartmentId, String streetCode, String categoryCode, Long cadreId,
		DemandState state, Instant submittedAt, Instant resolvedAt, Instant resolveDueAt, Instant deadline,
		boolean coordinated, boolean resolvedByCadre, UnresolvableReason unresolvableReason, boolean rectified,
		Instant rectifyDueAt, boolean keyProblem, Satisfaction rating, Instant ratedAt, Instant rateDueAt,
		Satisfaction firstRating) {

	/** Still being worked on: waiting for routing, assigned, in progress, or reopened for rectification. */
	public boolean isOpen() {
		return state.isOpen();
	}

	/**
	 * Finished with a resolution (办结), by a department or directly by the cadre. A problem marked
	 * unresolvable that a rectification then fixed counts as resolved.
	 */
	public boolean isResolved() {
		return !isOpen() && resolvedAt != null && (unresolvableReason == null || rectified);
	}

	/** Finished as 无法解决, and not fixed by a rectification afterwards. */
	public boolean isUnresolvable() {
		return !isOpen() && resolvedAt != null && unresolvableReason != null && !rectified;
	}

	/** Open, and past the deadline it works against now. A problem waiting for routing has no deadline. */
	public boolean isOverdue(Instant now) {
		return isOpen() && deadline != null && now.isAfter(deadline);
	}

	/**
	 * Resolved no later than the deadline of that resolution: the rectify deadline after a rectification,
	 * else the resolve deadline. Resolved by the cadre before routing (no deadline ran) counts as on time.
	 */
	public boolean isResolvedOnTime() {
		if (!isResolved()) {
			return false;
		}
		Instant due = rectified ? rectifyDueAt : resolveDueAt;
		return due == null || !resolvedAt.isAfter(due);
	}

	/**
	 * The rating that counts (the final one): the latest rating if it was given within the rating window,
	 * otherwise the dissatisfied first rating that opened a rectification, otherwise none. So a rectified
	 * problem counts its re-rating once given in time, and its first rating until then; a rating given after
	 * the window counts as no rating, never as satisfied.
	 */
	public Satisfaction countedRating() {
		return ratedInTime() ? rating : firstRating;
	}

	/** The first rating the enterprise gave in time, before any rectification; none if it never rated in time. */
	public Satisfaction countedFirstRating() {
		if (firstRating != null) {
			return firstRating;
		}
		return ratedInTime() ? rating : null;
	}

	/**
	 * Finished (resolved or 无法解决), its rating window passed, and no rating counts: shown separately as 未评价,
	 * never counted as satisfied nor as dissatisfied.
	 */
	public boolean isUnrated(Instant now) {
		return countedRating() == null && rateDueAt != null && now.isAfter(rateDueAt);
	}

	/** Finished, not rated yet, and the enterprise may still rate it. */
	public boolean isAwaitingRating(Instant now) {
		return countedRating() == null && rateDueAt != null && !now.isAfter(rateDueAt);
	}

	private boolean ratedInTime() {
		return rating != null && ratedAt != null && rateDueAt != null && !ratedAt.isAfter(rateDueAt);
	}

}
