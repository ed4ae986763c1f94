package org.zhuqi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year the admin page shows: month grids from Monday, holidays and make-up workdays with their names,
 * weekend days inside a break named after it, and the year's counts.
 */
class CalendarYearTests {

	private final List<CalendarDay> rows = ShippedCalendar.marks()
		.entrySet()
		.stream()
		.map(e -> new CalendarDay(e.getKey(), e.getValue().kind(), e.getValue().name(), "system", Instant.EPOCH))
		.toList();

	private final CalendarYear year2025 = CalendarYear.of(2025, rows, LocalDate.parse("2025-09-30"));

	@Test
	void monthGridsRunFromMondayToSundayWithBlanksOutsideTheMonth() {
		CalendarYear.Month january = year2025.months().get(0);

		assertThat(year2025.months()).hasSize(12);
		assertThat(january.weeks()).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(january.weeks().get(0)).as("2025-01-01 is a Wednesday").startsWith(null, null);
		assertThat(january.weeks().get(0).get(2).date()).isEqualTo(LocalDate.parse("2025-01-01"));
		assertThat(january.weeks().stream().flatMap(List::stream).filter(Objects::nonNull)).hasSize(31);
	}

	@Test
	void holidaysMakeUpDaysAndOrdinaryDaysAreStyledApart() {
		assertThat(day("2025-10-01").style()).isEqualTo("holiday");
		assertThat(day("2025-10-01").name()).isEqualTo("国庆节、中秋节");
		assertThat(day("2025-09-28").style()).isEqualTo("makeup");
		assertThat(day("2025-09-28").name()).isEqualTo("国庆节、中秋节");
		assertThat(day("2025-09-29").style()).isEqualTo("work");
		assertThat(day("2025-09-27").style()).isEqualTo("rest");
		assertThat(day("2025-09-27").name()).isNull();
	}

	@Test
	void weekendDaysInsideABreakCarryItsName() {
		assertThat(day("2025-02-01").style()).isEqualTo("holiday");
		assertThat(day("2025-02-01").name()).isEqualTo("春节");
		assertThat(day("2025-02-01").kind()).as("no row of its own").isNull();
		assertThat(day("2025-05-31").name()).as("端午节 itself is a Saturday").isEqualTo("端午节");
		assertThat(day("2025-04-05").name()).isEqualTo("清明节");
	}

	@Test
	void todayIsMarked() {
		assertThat(day("2025-09-30").today()).isTrue();
		assertThat(day("2025-10-01").today()).isFalse();
	}

	@Test
	void countsTheYearsWorkingDaysHolidaysAndMakeUpDays() {
		assertThat(year2025.workingDays()).isEqualTo(248);
		assertThat(year2025.holidays()).isEqualTo(18);
		assertThat(year2025.makeUpDays()).isEqualTo(5);
		assertThat(year2025.marks()).hasSize(23).allMatch(row -> row.day().getYear() == 2025);
	}

	@Test
	void aYearWithoutMarksIsAllWeekdays() {
		CalendarYear empty = CalendarYear.of(2031, List.of(), LocalDate.parse("2026-11-25"));

		assertThat(empty.marks()).isEmpty();
		assertThat(empty.workingDays()).isEqualTo(261);
		assertThat(empty.months().get(0).weeks().get(0).get(2).style()).isEqualTo("work");
	}

	private CalendarYear.Day day(String date) {
		LocalDate day = LocalDate.parse(date);
		return year2025.months()
			.get(day.getMonthValue() - 1)
			.weeks()
			.stream()
			.flatMap(List::stream)
			.filter(cell -> cell != null && cell.date().equals(day))
			.findFirst()
			.orElseThrow();
	}

}
