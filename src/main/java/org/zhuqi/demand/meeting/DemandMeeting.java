package org.zhuqi.demand.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * A coordination meeting that discussed one key problem, with the action items it decided about that
 * problem: what the problem page shows through {@code demand/meeting/for-demand :: meetings(meetings)}.
 */
public record DemandMeeting(long meetingId, String title, LocalDate heldOn, String convenerName,
		List<ActionItemRow> actions) {

	public long openActions() {
		return actions.stream().filter(action -> !action.done()).count();
	}

	public long overdueActions() {
		return actions.stream().filter(ActionItemRow::overdue).count();
	}

}
