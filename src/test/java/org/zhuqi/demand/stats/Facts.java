package org.zhuqi.demand.stats;

import java.time.Duration;
import java.time.Instant;

import org.zhuqi.demand.problem.DemandState;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.UnresolvableReason;

/**
 * Builds {@link DemandFact}s for the unit tests of the definitions, as the workflow would leave a problem: start
 * from {@link #filed()} and move it on. Times are relative to {@link #NOW}.
 */
final class Facts {

	static final Instant NOW = Instant.parse("2026-03-16T02:00:00Z");

	private static long ids;

	private long id = ++ids;

	private Long department;

	private String street = "XIHU";

	private String category = "SPACE";

	private Long cadre = 7L;

	private DemandState state = DemandState.SUBMITTED;

	private Instant submittedAt = NOW.minus(Duration.ofDays(20));

	private Instant resolvedAt;

	private Instant resolveDueAt;

	private Instant deadline;

	private boolean coordinated;

	private boolean byCadre;

	private UnresolvableReason reason;

	private boolean rectified;

	private Instant rectifyDueAt;

	private boolean key;

	private Satisfaction rating;

	private Instant ratedAt;

	private Instant rateDueAt;

	private Satisfaction firstRating;

	private Facts() {
	}

	/** Filed 20 days ago, waiting for the centre. */
	static Facts filed() {
		return new Facts();
	}

	Facts filedAt(Instant at) {
		submittedAt = at;
		return this;
	}

	Facts street(String code) {
		street = code;
		return this;
	}

	Facts cadre(Long id) {
		cadre = id;
		return this;
	}

	/** Routed to the department, to be resolved by {@code resolveDue}; waiting for acceptance until {@code acceptDue}. */
	Facts assigned(long departmentId, Instant acceptDue, Instant resolveDue) {
		department = departmentId;
		coordinated = true;
		state = DemandState.ASSIGNED;
		deadline = acceptDue;
		resolveDueAt = resolveDue;
		return this;
	}

	Facts assigned(long departmentId) {
		return assigned(departmentId, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(7)));
	}

	Facts inProgress() {
		state = DemandState.IN_PROGRESS;
		deadline = resolveDueAt;
		return this;
	}

	Facts resolved(Instant at) {
		state = DemandState.RESOLVED;
		resolvedAt = at;
		rateDueAt = at.plus(Duration.ofDays(7));
		deadline = null;
		rating = null;
		ratedAt = null;
		return this;
	}

	Facts resolvedByCadre(Instant at) {
		coordinated = true;
		byCadre = true;
		return resolved(at);
	}

	Facts unresolvable(UnresolvableReason why, Instant at) {
		resolved(at);
		state = DemandState.UNRESOLVABLE;
		reason = why;
		return this;
	}

	Facts rated(Satisfaction level, Instant at) {
		rating = level;
		ratedAt = at;
		state = DemandState.RATED;
		return this;
	}

	/** A dissatisfied rating opens a rectification with a deadline to fix it. */
	Facts rectifying(Satisfaction level, Instant at, Instant fixDue) {
		rating = level;
		ratedAt = at;
		firstRating = level;
		state = DemandState.RECTIFYING;
		rectifyDueAt = fixDue;
		deadline = fixDue;
		return this;
	}

	/** The fix after a rectification: resolved again, waiting for the one re-rating. */
	Facts rectified(Instant at) {
		rectified = true;
		return resolved(at);
	}

	Facts closed() {
		state = DemandState.CLOSED;
		return this;
	}

	Facts escalated() {
		key = true;
		coordinated = true;
		return this;
	}

	DemandFact build() {
		return new DemandFact(id, department, street, category, cadre, state, submittedAt, resolvedAt, resolveDueAt,
				deadline, coordinated, byCadre, reason, rectified, rectifyDueAt, key, rating, ratedAt, rateDueAt,
				firstRating);
	}

	static Instant daysAgo(long days) {
		return NOW.minus(Duration.ofDays(days));
	}

}
