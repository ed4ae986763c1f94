package org.zhuqi.demand.meeting;

import java.time.LocalDate;

/**
 * A decision of a meeting as the service has checked it (the owner department exists and is active).
 *
 * @param demandId the key problem the decision is about, or {@code null} for the meeting as a whole
 */
record ActionItemDetails(String description, long ownerDepartmentId, LocalDate dueOn, Long demandId) {

	ActionItemDetails {
		description = description == null ? null : description.strip();
	}

}
