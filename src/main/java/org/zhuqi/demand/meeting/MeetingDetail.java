package org.zhuqi.demand.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhuqi.demand.problem.DemandState;

/**
 * One meeting with everything its page and {@code GET /api/v1/meetings/{id}} show: the convening and
 * attending departments, the agenda in order, the minutes and the action items.
 */
public record MeetingDetail(long id, String title, LocalDate heldOn, Department convener, List<Department> attending,
		List<AgendaItem> agenda, String minutes, List<ActionItemRow> actions, String createdBy, Instant createdAt,
		int version) {

	/** A department by id and name. */
	public record Department(long id, String name) {
	}

	/** A key problem on the agenda, at its place (1 = discussed first). */
	public record AgendaItem(int position, long demandId, String title, long enterpriseId, String enterpriseName,
			DemandState state, Long leadDepartmentId, String leadDepartmentName) {
	}

	public long openActions() {
		return actions.stream().filter(action -> !action.done()).count();
	}

	public long overdueActions() {
		return actions.stream().filter(ActionItemRow::overdue).count();
	}

}
