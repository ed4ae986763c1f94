package org.zhuqi.demand.problem;

import java.time.Instant;

/** A problem as lists and the JSON API show it, with the names of its enterprise, category and department. */
public record DemandRow(long id, String title, Long enterpriseId, String enterpriseName, String categoryCode,
		String categoryName, Urgency urgency, DemandState state, Long leadDepartmentId, String leadDepartmentName,
		Instant submittedAt, Instant deadline, boolean overdue, boolean dueSoon, boolean keyProblem,
		Satisfaction rating, int version) {
}
