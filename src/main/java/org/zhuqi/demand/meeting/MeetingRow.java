package org.zhuqi.demand.meeting;

import java.time.LocalDate;

/**
 * A meeting as the list and the JSON API show it: how many key problems were on its agenda, and how many of
 * its action items are still open and overdue.
 */
public record MeetingRow(long id, String title, LocalDate heldOn, long convenerDepartmentId, String convenerName,
		long agendaItems, long actionItems, long openActions, long overdueActions, int version) {
}
