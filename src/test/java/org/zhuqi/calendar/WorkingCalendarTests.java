package org.zhuqi.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar bean keeps one copy of the table: it reads the table once, again after an edit has committed
 * ({@code invalidate()}), and again when its copy is older than five minutes (so another instance's edit
 * shows up); it answers in the time zone of the clock.
 */
class WorkingCalendarTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final TableStub table = new TableStub();

	private final MovableClock clock = new MovableClock(Instant.parse("2025-09-26T08:00:00Z"));

	private final WorkingCalendar calendar = new WorkingCalendar(table, clock);

	@Test
	void readsTheTableOnceForManyQuestions() {
		table.rows.add(row("2025-10-01", DayKind.HOLIDAY));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-02"))).isTrue();
		assertThat(calendar.addWorkingDays(LocalDate.parse("2025-09-30"), 1)).isEqualTo(LocalDate.parse("2025-10-02"));
		assertThat(table.reads).isEqualTo(1);
	}

	@Test
	void readsTheTableAgainAfterAnEdit() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isTrue();
		table.rows.add(row("2025-10-01", DayKind.HOLIDAY));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).as("before the edit is announced").isTrue();

		calendar.invalidate();

		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
		assertThat(table.reads).isEqualTo(2);
	}

	@Test
	void readsTheTableAgainWhenItsCopyIsOlderThanFiveMinutes() {
		calendar.isWorkingDay(LocalDate.parse("2025-10-01"));
		table.rows.add(row("2025-10-01", DayKind.HOLIDAY));

		clock.advance(WorkingCalendar.REFRESH.minusSeconds(1));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isTrue();
		clock.advance(Duration.ofSeconds(1));
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-01"))).isFalse();
		assertThat(table.reads).isEqualTo(2);
	}

	@Test
	void deadlinesEndAtMidnightInTheClocksZone() {
		table.rows.add(row("2025-09-28", DayKind.WORKDAY));

		assertThat(calendar.zone()).isEqualTo(SHANGHAI);
		assertThat(calendar.today()).isEqualTo(LocalDate.parse("2025-09-26"));
		assertThat(calendar.deadline(clock.instant(), 1)).isEqualTo(Instant.parse("2025-09-28T16:00:00Z"));
		assertThat(calendar.workingDaysElapsed(Instant.parse("2025-09-26T16:00:00Z"), Instant.parse("2025-09-28T04:00:00Z")))
			.as("Saturday rests, the make-up Sunday until noon counts half")
			.isEqualTo(0.5);
	}

	private static CalendarDay row(String day, DayKind kind) {
		return new CalendarDay(LocalDate.parse(day), kind, "测试", "test", Instant.EPOCH);
	}

	/** The table, in memory, counting how often it is read. */
	private static final class TableStub extends CalendarDays {

		final List<CalendarDay> rows = new ArrayList<>();

		int reads;

		TableStub() {
			super(null);
		}

		@Override
		List<CalendarDay> all() {
			reads++;
			return List.copyOf(rows);
		}

	}

	/** A clock in Shanghai that a test moves forward. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return SHANGHAI;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
