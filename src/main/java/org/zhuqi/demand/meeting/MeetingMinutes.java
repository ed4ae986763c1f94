package org.zhuqi.demand.meeting;

import jakarta.validation.constraints.Size;

/**
 * The minutes (会议纪要) as the meeting page's small form and {@code PUT /api/v1/meetings/{id}/minutes} send
 * them; blank clears them.
 *
 * @param version the version of the meeting the user saw; {@code null} skips the check
 */
public record MeetingMinutes(@Size(max = Meeting.MINUTES_MAX, message = "{meeting.minutes.tooLong}") String minutes,
		Integer version) {
}
