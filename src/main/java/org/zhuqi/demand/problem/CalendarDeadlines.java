package org.zhuqi.demand.problem;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.zhuqi.calendar.WorkingCalendar;

/**
 * The problem clocks' working days from the district's working-day calendar (工作日历): weekends and official
 * holidays are skipped, make-up workdays (调休上班) count, all in the district's time zone.
 */
@Component
class CalendarDeadlines implements Deadlines {

	private final WorkingCalendar calendar;

	CalendarDeadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The end (00:00 of the next day) of the {@code workingDays}-th working day after the day of {@code start}. */
	@Override
	public Instant deadline(Instant start, int workingDays) {
		return calendar.deadline(start, workingDays);
	}

	/**
	 * The working days after the day of {@code start} up to and including the day of {@code end}; 0 when
	 * {@code end} is not after {@code start}.
	 */
	@Override
	public int workingDaysBetween(Instant start, Instant end) {
		LocalDate from = start.atZone(calendar.zone()).toLocalDate();
		LocalDate to = end.atZone(calendar.zone()).toLocalDate();
		return Math.max(0, calendar.workingDaysBetween(from, to));
	}

}
