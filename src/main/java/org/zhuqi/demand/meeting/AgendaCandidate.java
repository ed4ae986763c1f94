package org.zhuqi.demand.meeting;

import org.zhuqi.demand.problem.DemandState;

/** A key problem (重点问题) as the agenda picker of the meeting form offers it. */
public record AgendaCandidate(long demandId, String title, String enterpriseName, DemandState state,
		String leadDepartmentName) {
}
