package org.zhuqi.demand.problem;

import java.time.Instant;

/**
 * One line of a problem's timeline: who (and in which role) did what, when, from which state to which, with
 * the note. {@code internal} entries (reminders, extension requests) are not shown to the enterprise.
 */
public record TimelineEntry(Instant occurredAt, String actor, String actorRole, DemandAction action,
		DemandState fromState, DemandState toState, String note, boolean internal) {
}
