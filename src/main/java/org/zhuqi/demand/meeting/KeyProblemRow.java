package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.zhuqi.demand.problem.DemandState;

/**
 * A key problem (重点问题) with what coordination has done about it: how many meetings discussed it, when the
 * last one was, and how many of the action items about it are still open or overdue.
 */
public record KeyProblemRow(long demandId, String title, long enterpriseId, String enterpriseName, DemandState state,
		Long leadDepartmentId, String leadDepartmentName, Instant escalatedAt, long meetings, LocalDate lastMeetingOn,
		long openActions, long overdueActions) {
}
