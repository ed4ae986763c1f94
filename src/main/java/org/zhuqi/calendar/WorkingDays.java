package org.zhuqi.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which days are worked, as plain Java: Monday to Friday unless marked {@link DayKind#HOLIDAY}, Saturday and
 * Sunday only when marked {@link DayKind#WORKDAY} (调休上班). An immutable value over a set of such overrides;
 * {@link WorkingCalendar} keeps one loaded from the table, and tests build their own with {@link #of(Map)}.
 * <p>
 * An override that repeats the weekday rule (a holiday on a Sunday) changes nothing. Years without any
 * override simply follow the weekday rule.
 */
public final class WorkingDays {

	private static final WorkingDays WEEKDAYS_ONLY = new WorkingDays(new TreeMap<>());

	/** 1969-12-29, the Monday before the epoch, is day 0 of the week count in {@link #weekdaysUpTo(LocalDate)}. */
	private static final long MONDAY_BEFORE_EPOCH = -3;

	private final NavigableMap<LocalDate, DayKind> overrides;

	private WorkingDays(NavigableMap<LocalDate, DayKind> overrides) {
		this.overrides = overrides;
	}

	/** A calendar with these holidays and make-up workdays. */
	public static WorkingDays of(Map<LocalDate, DayKind> overrides) {
		overrides.forEach((day, kind) -> {
			Objects.requireNonNull(day, "day");
			Objects.requireNonNull(kind, "kind of " + day);
		});
		return new WorkingDays(new TreeMap<>(overrides));
	}

	/** A calendar without holidays: Monday to Friday are worked. */
	public static WorkingDays weekdaysOnly() {
		return WEEKDAYS_ONLY;
	}

	/** Whether Saturday or Sunday. */
	public static boolean weekend(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
	}

	/** Whether the day is worked: its override if it has one, else Monday to Friday. */
	public boolean isWorkingDay(LocalDate day) {
		DayKind kind = overrides.get(day);
		return kind != null ? kind.working() : !weekend(day);
	}

	/** The override of this day, if the table has one. */
	public Optional<DayKind> override(LocalDate day) {
		return Optional.ofNullable(overrides.get(day));
	}

	/** Whether any weekday of the year is marked a holiday, i.e. whether the year's schedule was entered. */
	public boolean hasHolidays(int year) {
		return overrides.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
			.values()
			.contains(DayKind.HOLIDAY);
	}

	/**
	 * The {@code days}-th working day after {@code start}, not counting {@code start} itself: a Friday plus one
	 * is the next Monday (or a make-up Sunday before it), a Saturday plus one also that Monday. {@code 0} gives
	 * {@code start} unchanged, even on a rest day; a negative count walks backwards ({@code -1} is the last
	 * working day before {@code start}).
	 */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		int step = days < 0 ? -1 : 1;
		LocalDate day = start;
		for (int left = Math.abs(days); left > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * The working days after {@code from}, up to and including {@code to}. So
	 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for {@code n >= 0}; the same day gives 0, and
	 * {@code to} before {@code from} gives minus the working days after {@code to} up to and including
	 * {@code from}. Counted arithmetically, so long spans cost no more than short ones.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		long count = weekdaysUpTo(to) - weekdaysUpTo(from);
		for (Map.Entry<LocalDate, DayKind> entry : overrides.subMap(from, false, to, true).entrySet()) {
			boolean weekday = !weekend(entry.getKey());
			if (weekday && !entry.getValue().working()) {
				count--;
			}
			else if (!weekday && entry.getValue().working()) {
				count++;
			}
		}
		return Math.toIntExact(count);
	}

	/**
	 * When something started at {@code start} and given {@code workingDays} working days is due: at the end of
	 * the {@code workingDays}-th working day after the day {@code start} falls on in {@code zone}, that is at
	 * 00:00 of the following day. The day of {@code start} itself is never counted, whatever the hour, and a
	 * start on a rest day counts from the next working day. Examples (Asia/Shanghai, 2025 schedule): filed on
	 * Friday 2025-09-26 at 16:00 with 1 working day, due 2025-09-29T00:00+08:00, the end of the make-up Sunday
	 * 2025-09-28; filed on Tuesday 2025-09-30 with 1 working day, due at the end of Thursday 2025-10-09, after
	 * the National Day break. {@code 0} working days means the end of the start's own day.
	 * @throws IllegalArgumentException if {@code workingDays} is negative
	 */
	public Instant deadline(Instant start, int workingDays, ZoneId zone) {
		if (workingDays < 0) {
			throw new IllegalArgumentException("a deadline needs zero or more working days, not " + workingDays);
		}
		LocalDate startDay = start.atZone(zone).toLocalDate();
		return addWorkingDays(startDay, workingDays).plusDays(1).atStartOfDay(zone).toInstant();
	}

	/**
	 * How many working days passed between two instants, as a fraction: the time from {@code from} to
	 * {@code to} that falls on working days in {@code zone}, with each whole working day counting 1. Rest days
	 * count nothing. A problem filed on Friday 2025-09-19 at 18:00 and resolved on Monday 2025-09-22 at 09:00
	 * took 6/24 + 9/24 = 0.625 working days. Negative when {@code to} is before {@code from}. Meant for
	 * averages such as the mean resolve time, where whole-day rounding would hide same-day work.
	 */
	public double workingDaysElapsed(Instant from, Instant to, ZoneId zone) {
		if (to.isBefore(from)) {
			return -workingDaysElapsed(to, from, zone);
		}
		LocalDate first = from.atZone(zone).toLocalDate();
		LocalDate last = to.atZone(zone).toLocalDate();
		if (first.equals(last)) {
			return isWorkingDay(first) ? share(from, to, first, zone) : 0;
		}
		double elapsed = workingDaysBetween(first, last.minusDays(1));
		if (isWorkingDay(first)) {
			elapsed += share(from, first.plusDays(1).atStartOfDay(zone).toInstant(), first, zone);
		}
		if (isWorkingDay(last)) {
			elapsed += share(last.atStartOfDay(zone).toInstant(), to, last, zone);
		}
		return elapsed;
	}

	/** The part of the day's length that lies between the two instants on that day. */
	private static double share(Instant from, Instant to, LocalDate day, ZoneId zone) {
		Duration length = Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone));
		return (double) Duration.between(from, to).toNanos() / length.toNanos();
	}

	/** Monday to Friday from the Monday before the epoch up to and including {@code day} (negative before it). */
	private static long weekdaysUpTo(LocalDate day) {
		long index = day.toEpochDay() - MONDAY_BEFORE_EPOCH;
		long weeks = Math.floorDiv(index, 7);
		long weekday = Math.floorMod(index, 7);
		return weeks * 5 + Math.min(weekday + 1, 5);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof WorkingDays days && overrides.equals(days.overrides);
	}

	@Override
	public int hashCode() {
		return overrides.hashCode();
	}

	@Override
	public String toString() {
		return "WorkingDays" + overrides;
	}

}
