package org.zhuqi.demand.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A meeting as the service has checked it: the departments exist and are active, the agenda's problems were
 * looked up. {@link Meeting} applies its own rules (at least one attending department, only key problems on
 * the agenda, each once).
 *
 * @param attendingDepartmentIds in the order chosen
 * @param agenda in the order of discussion
 */
record MeetingDetails(String title, LocalDate heldOn, long convenerDepartmentId, Set<Long> attendingDepartmentIds,
		List<AgendaProblem> agenda, String minutes) {

	MeetingDetails {
		title = title == null ? null : title.strip();
		minutes = minutes == null || minutes.isBlank() ? null : minutes.strip();
		attendingDepartmentIds = attendingDepartmentIds == null ? Set.of() : attendingDepartmentIds;
		agenda = agenda == null ? List.of() : List.copyOf(agenda);
	}

}
