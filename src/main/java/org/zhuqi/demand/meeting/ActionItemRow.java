package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action item (督办事项) as pages and the JSON API show it, with its meeting, key problem and owner
 * department by name, and its progress notes oldest first. {@code overdue}: not done and due before today in
 * the district.
 */
public record ActionItemRow(long id, long meetingId, String meetingTitle, LocalDate meetingHeldOn, Long demandId,
		String demandTitle, String description, long ownerDepartmentId, String ownerDepartmentName, LocalDate dueOn,
		boolean done, Instant doneAt, String doneBy, String doneNote, boolean overdue,
		List<ActionItemProgress> progress, int version) {
}
