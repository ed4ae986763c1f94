package org.zhuqi.policy.application;

import java.time.LocalDate;

import org.zhuqi.calendar.WorkingDays;
import org.zhuqi.shared.RejectedFieldException;

/**
 * The period of a public notice (公示): it opens on the day it is published and ends at the end of the
 * {@code workingDays}-th working day after that day (holidays and weekends do not count, make-up workdays
 * do). The grants on it become payable from the day after it ends, unless an objection is pending.
 *
 * @param startsOn the day of publication
 * @param endsOn the last day of the notice, inclusive
 */
public record NoticePeriod(LocalDate startsOn, LocalDate endsOn, int workingDays) {

	/** The default length in working days. */
	public static final int DEFAULT_DAYS = 5;

	public static final int MIN_DAYS = 1;

	public static final int MAX_DAYS = 30;

	/**
	 * The period of a notice published on {@code start} for {@code workingDays} working days (default
	 * {@value #DEFAULT_DAYS} when {@code null}).
	 * @throws RejectedFieldException {@code policy.notice.workingDays.range} on field {@code workingDays} outside
	 * 1–30
	 */
	public static NoticePeriod of(LocalDate start, Integer workingDays, WorkingDays calendar) {
		int days = workingDays == null ? DEFAULT_DAYS : workingDays;
		if (days < MIN_DAYS || days > MAX_DAYS) {
			throw new RejectedFieldException("workingDays", "policy.notice.workingDays.range", MIN_DAYS, MAX_DAYS);
		}
		return new NoticePeriod(start, calendar.addWorkingDays(start, days), days);
	}

	/** Whether objections may still be recorded on the day: from the start up to and including the last day. */
	public boolean openOn(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/** Whether the period is over on the day, so undisputed grants become payable. */
	public boolean endedBy(LocalDate day) {
		return day.isAfter(endsOn);
	}

}
