package org.zhuqi.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuqi.calendar.ShippedCalendar.Mark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holidays shipped in migration {@code V4__working_calendar.sql} are the State Council's schedules for
 * 2025 (国办发明电〔2024〕12号, 2024-11-12) and 2026 (国办发明电〔2025〕7号, 2025-11-04), written here a second time
 * as the notices word them ("1月28日至2月4日放假调休，共8天。1月26日（周日）、2月8日（周六）上班"): each break is one
 * run of rest days of the announced length, its weekdays are holidays and its make-up days worked.
 */
class ShippedScheduleTests {

	/** One holiday break as a notice announces it. */
	record Break(String name, LocalDate first, LocalDate last, int days, List<LocalDate> makeUpDays) {

		static Break of(String name, String first, String last, int days, String... makeUpDays) {
			return new Break(name, LocalDate.parse(first), LocalDate.parse(last), days,
					Arrays.stream(makeUpDays).map(LocalDate::parse).toList());
		}

		List<LocalDate> dates() {
			return first.datesUntil(last.plusDays(1)).toList();
		}

	}

	private static final List<Break> NOTICES = List.of(
			// 2025
			Break.of("元旦", "2025-01-01", "2025-01-01", 1),
			Break.of("春节", "2025-01-28", "2025-02-04", 8, "2025-01-26", "2025-02-08"),
			Break.of("清明节", "2025-04-04", "2025-04-06", 3),
			Break.of("劳动节", "2025-05-01", "2025-05-05", 5, "2025-04-27"),
			Break.of("端午节", "2025-05-31", "2025-06-02", 3),
			Break.of("国庆节、中秋节", "2025-10-01", "2025-10-08", 8, "2025-09-28", "2025-10-11"),
			// 2026
			Break.of("元旦", "2026-01-01", "2026-01-03", 3, "2026-01-04"),
			Break.of("春节", "2026-02-15", "2026-02-23", 9, "2026-02-14", "2026-02-28"),
			Break.of("清明节", "2026-04-04", "2026-04-06", 3),
			Break.of("劳动节", "2026-05-01", "2026-05-05", 5, "2026-05-09"),
			Break.of("端午节", "2026-06-19", "2026-06-21", 3),
			Break.of("中秋节", "2026-09-25", "2026-09-27", 3),
			Break.of("国庆节", "2026-10-01", "2026-10-07", 7, "2026-09-20", "2026-10-10"));

	private final Map<LocalDate, Mark> shipped = ShippedCalendar.marks();

	private final WorkingDays calendar = ShippedCalendar.workingDays();

	@Test
	void theMigrationMarksTheWeekdaysOfEachBreakAsHolidaysAndItsMakeUpDaysAsWorkdays() {
		Map<LocalDate, Mark> expected = new LinkedHashMap<>();
		for (Break announced : NOTICES) {
			announced.dates()
				.stream()
				.filter(day -> !WorkingDays.weekend(day))
				.forEach(day -> expected.put(day, new Mark(DayKind.HOLIDAY, announced.name())));
			announced.makeUpDays().forEach(day -> expected.put(day, new Mark(DayKind.WORKDAY, announced.name())));
		}

		assertThat(shipped).containsExactlyInAnyOrderEntriesOf(expected);
	}

	@Test
	void everyMarkDepartsFromTheWeekdayRule() {
		assertThat(shipped).allSatisfy((day, mark) -> assertThat(WorkingDays.weekend(day))
			.as("%s %s", day, mark)
			.isEqualTo(mark.kind() == DayKind.WORKDAY));
	}

	@Test
	void eachBreakIsOneRunOfRestDaysOfTheAnnouncedLengthBetweenWorkingDays() {
		for (Break announced : NOTICES) {
			assertThat(announced.dates()).as(announced.name() + " " + announced.first())
				.hasSize(announced.days())
				.noneMatch(calendar::isWorkingDay);
			assertThat(calendar.isWorkingDay(announced.first().minusDays(1))).as("day before " + announced).isTrue();
			assertThat(calendar.isWorkingDay(announced.last().plusDays(1))).as("day after " + announced).isTrue();
			assertThat(announced.makeUpDays()).allMatch(calendar::isWorkingDay);
		}
	}

	/**
	 * From 2025 New Year's Eve (除夕) is a statutory holiday, so every Spring Festival break includes it:
	 * 2025-01-28 and 2026-02-16 (the lunar new year falls on 2025-01-29 and 2026-02-17).
	 */
	@Test
	void theSpringFestivalBreakIncludesNewYearsEveFrom2025() {
		for (LocalDate eve : List.of(LocalDate.parse("2025-01-28"), LocalDate.parse("2026-02-16"))) {
			assertThat(shipped.get(eve)).as("除夕 %s", eve).isEqualTo(new Mark(DayKind.HOLIDAY, "春节"));
		}
	}

}
