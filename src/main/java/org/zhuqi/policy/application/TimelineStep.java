package org.zhuqi.policy.application;

import java.time.OffsetDateTime;

/** One step on an application's timeline: what happened, the status before and after, who, and the reason. */
public record TimelineStep(ApplicationStep step, ApplicationStatus fromStatus, ApplicationStatus toStatus,
		String actor, String actorRole, String note, OffsetDateTime occurredAt) {
}
