package org.zhuqi.demand.problem;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Working days as Monday to Friday in the district's zone: the fallback until the working-day calendar with
 * official holidays is available; the deadline is the end of the Nth working day after the start day.
 */
@Component
class WeekdayDeadlines implements Deadlines {

	private final ZoneId zone;

	WeekdayDeadlines(Clock clock) {
		this.zone = clock.getZone();
	}

	@Override
	public Instant deadline(Instant start, int workingDays) {
		LocalDate day = start.atZone(zone).toLocalDate();
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	@Override
	public int workingDaysBetween(Instant start, Instant end) {
		LocalDate from = start.atZone(zone).toLocalDate();
		LocalDate to = end.atZone(zone).toLocalDate();
		int days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
