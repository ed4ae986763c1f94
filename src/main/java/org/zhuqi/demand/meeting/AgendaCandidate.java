package org.zhuqi.demand.meeting;

import org.zhuqi.demand.problem.DemandState;

/**
 * A problem as the agenda picker of the meeting form shows it: one chosen for the agenda, or a key problem
 * (重点问题) found by the search. {@code keyProblem} is false only for a chosen problem the form will refuse.
 */
public record AgendaCandidate(long demandId, String title, String enterpriseName, DemandState state,
		String leadDepartmentName, boolean keyProblem) {
}
