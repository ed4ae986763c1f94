package org.zhuqi.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Service;

/**
 * The district's working-day calendar for every deadline of the platform: {@link WorkingDays} over the
 * holidays and make-up workdays in table {@code calendar_day}, in the time zone of the platform's
 * {@link Clock} ({@code zhuqi.zone}, Asia/Shanghai).
 * <p>
 * The table is read once and kept; an edit on the admin page replaces the kept copy as soon as it commits.
 * Another instance of the application running against the same database notices an edit only when its copy
 * is older than {@link #REFRESH} (five minutes), so for that long two instances may disagree; deadlines are
 * whole days, so this is acceptable.
 */
@Service
public class WorkingCalendar {

	/** How long a loaded copy of the table is used before it is read again. */
	static final Duration REFRESH = Duration.ofMinutes(5);

	private final CalendarDays days;

	private final Clock clock;

	/** Counts edits; a copy loaded before the latest edit is never kept. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Snapshot snapshot;

	/** A loaded copy of the table, when it was loaded, and the edit count it reflects. */
	private record Snapshot(WorkingDays days, Instant loadedAt, long generation) {
	}

	WorkingCalendar(CalendarDays days, Clock clock) {
		this.days = days;
		this.clock = clock;
	}

	/**
	 * The calendar as it stands now, to compute many dates against one consistent copy (or to hand to rules
	 * that are plain Java).
	 */
	public WorkingDays current() {
		Snapshot kept = snapshot;
		Instant now = clock.instant();
		long edits = generation.get();
		if (kept != null && kept.generation() == edits && now.isBefore(kept.loadedAt().plus(REFRESH))) {
			return kept.days();
		}
		WorkingDays loaded = load();
		if (generation.get() == edits) {
			snapshot = new Snapshot(loaded, now, edits);
		}
		return loaded;
	}

	/** The district's time zone, in which days begin and end. */
	public ZoneId zone() {
		return clock.getZone();
	}

	/** Today in the district. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Whether the day is worked. See {@link WorkingDays#isWorkingDay(LocalDate)}. */
	public boolean isWorkingDay(LocalDate day) {
		return current().isWorkingDay(day);
	}

	/** The {@code days}-th working day after {@code start}. See {@link WorkingDays#addWorkingDays}. */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		return current().addWorkingDays(start, days);
	}

	/**
	 * The working days after {@code from} up to and including {@code to}, negative backwards. See
	 * {@link WorkingDays#workingDaysBetween}.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		return current().workingDaysBetween(from, to);
	}

	/**
	 * When something started at {@code start} with {@code workingDays} working days is due: 00:00 in the
	 * district after the {@code workingDays}-th working day following the day of {@code start} (that day itself
	 * never counts). Filed on Friday 2025-09-26 with 1 working day: due at the end of the make-up Sunday
	 * 2025-09-28. See {@link WorkingDays#deadline(Instant, int, ZoneId)}.
	 */
	public Instant deadline(Instant start, int workingDays) {
		return current().deadline(start, workingDays, zone());
	}

	/**
	 * The time between two instants that fell on working days, in days (fractional; rest days count nothing).
	 * See {@link WorkingDays#workingDaysElapsed(Instant, Instant, ZoneId)}.
	 */
	public double workingDaysElapsed(Instant from, Instant to) {
		return current().workingDaysElapsed(from, to, zone());
	}

	/** Whether the year's official schedule was entered (it has at least one holiday). */
	public boolean hasHolidays(int year) {
		return current().hasHolidays(year);
	}

	/** Drops the kept copy, so the next question reads the table again; called after an edit commits. */
	void invalidate() {
		generation.incrementAndGet();
	}

	private WorkingDays load() {
		Map<LocalDate, DayKind> overrides = new LinkedHashMap<>();
		days.all().forEach(row -> overrides.put(row.day(), row.kind()));
		return WorkingDays.of(overrides);
	}

}
