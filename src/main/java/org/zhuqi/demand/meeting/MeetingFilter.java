package org.zhuqi.demand.meeting;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search over meetings: words of the title, and the days held on (both ends included); blank values do
 * not filter.
 */
public record MeetingFilter(String q, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	public static MeetingFilter none() {
		return new MeetingFilter(null, null, null);
	}

}
