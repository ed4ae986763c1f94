package org.zhuqi.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of table {@code calendar_day}: a day that departs from the weekday rule, what it is called (the
 * holiday it belongs to, also for a make-up workday) and who last set it.
 */
record CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt) {

	/** Whether kind and name are the same as these, i.e. setting them again would change nothing. */
	boolean sameAs(DayKind otherKind, String otherName) {
		return kind == otherKind && name.equals(otherName);
	}

}
