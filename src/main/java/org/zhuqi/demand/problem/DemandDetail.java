package org.zhuqi.demand.problem;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One problem as its page and {@code GET /api/v1/demands/{id}} show it: the facts, the clocks, the rating
 * and rectification, the timeline the viewer may see and the actions the viewer may take now.
 */
public record DemandDetail(long id, String title, String description, Long enterpriseId, String enterpriseName,
		Long cadreId, String cadreName, String categoryCode, String categoryName, Urgency urgency, Channel channel,
		DemandState state, String filedBy, Instant submittedAt, Long leadDepartmentId, String leadDepartmentName,
		List<String> coDepartmentNames, Instant assignedAt, Instant acceptDueAt, Instant acceptedAt,
		Instant resolveDueAt, Instant resolvedAt, String resolution, boolean resolvedByCadre,
		UnresolvableReason unresolvableReason, boolean complex, boolean keyProblem, Integer extensionDaysRequested,
		String extensionReason, int extendedDays, Satisfaction rating, String ratingComment, Instant ratedAt,
		Instant rateDueAt, Satisfaction firstRating, Instant rectificationOpenedAt, Instant followUpDueAt,
		Instant followedUpAt, Instant rectifyDueAt, Instant deadline, boolean overdue, boolean dueSoon, int version,
		List<TimelineEntry> timeline, Set<DemandAction> allowedActions) {
}
