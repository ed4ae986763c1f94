package org.zhuqi.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The working-day rules over the shipped 2025 and 2026 State Council schedules: which days are worked around
 * the Spring Festival and National Day breaks and their make-up weekend days (调休上班), the n-th working day,
 * counting working days both ways, deadlines at the end of a working day in Asia/Shanghai, and fractional
 * working days elapsed.
 */
class WorkingDaysTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final WorkingDays calendar = ShippedCalendar.workingDays();

	@Test
	void withoutMarksMondayToFridayAreWorkedAndWeekendsRested() {
		WorkingDays plain = WorkingDays.weekdaysOnly();

		assertThat(plain.isWorkingDay(date("2030-01-07"))).as("Monday").isTrue();
		assertThat(plain.isWorkingDay(date("2030-01-11"))).as("Friday").isTrue();
		assertThat(plain.isWorkingDay(date("2030-01-12"))).as("Saturday").isFalse();
		assertThat(plain.isWorkingDay(date("2030-01-13"))).as("Sunday").isFalse();
		assertThat(calendar.isWorkingDay(date("2027-10-01"))).as("a year without schedule follows the weekday rule")
			.isTrue();
	}

	@Test
	void aMarkThatRepeatsTheWeekdayRuleChangesNothing() {
		WorkingDays marked = WorkingDays.of(Map.of(date("2030-01-12"), DayKind.HOLIDAY, date("2030-01-14"),
				DayKind.WORKDAY));

		assertThat(marked.isWorkingDay(date("2030-01-12"))).isFalse();
		assertThat(marked.isWorkingDay(date("2030-01-14"))).isTrue();
		assertThat(marked.workingDaysBetween(date("2030-01-10"), date("2030-01-17"))).isEqualTo(5);
	}

	@Test
	void springFestival2025RestsFromJanuary28ToFebruary4AndWorksSundayJanuary26AndSaturdayFebruary8() {
		assertThat(restDays("2025-01-25", "2025-02-09")).containsExactly(date("2025-01-25"), date("2025-01-28"),
				date("2025-01-29"), date("2025-01-30"), date("2025-01-31"), date("2025-02-01"), date("2025-02-02"),
				date("2025-02-03"), date("2025-02-04"), date("2025-02-09"));
		assertThat(calendar.isWorkingDay(date("2025-01-26"))).as("make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(date("2025-02-08"))).as("make-up Saturday").isTrue();
	}

	@Test
	void nationalDayAndMidAutumn2025RestFromOctober1To8AndWorkSundaySeptember28AndSaturdayOctober11() {
		assertThat(restDays("2025-09-27", "2025-10-12")).containsExactly(date("2025-09-27"), date("2025-10-01"),
				date("2025-10-02"), date("2025-10-03"), date("2025-10-04"), date("2025-10-05"), date("2025-10-06"),
				date("2025-10-07"), date("2025-10-08"), date("2025-10-12"));
		assertThat(calendar.isWorkingDay(date("2025-09-28"))).as("make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(date("2025-10-11"))).as("make-up Saturday").isTrue();
	}

	@Test
	void springFestival2026RestsFromFebruary15To23AndWorksSaturdaysFebruary14And28() {
		assertThat(restDays("2026-02-14", "2026-03-01")).containsExactly(date("2026-02-15"), date("2026-02-16"),
				date("2026-02-17"), date("2026-02-18"), date("2026-02-19"), date("2026-02-20"), date("2026-02-21"),
				date("2026-02-22"), date("2026-02-23"), date("2026-03-01"));
		assertThat(calendar.isWorkingDay(date("2026-02-14"))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(date("2026-02-28"))).as("make-up Saturday").isTrue();
	}

	@Test
	void nationalDay2026RestsFromOctober1To7AndWorksSundaySeptember20AndSaturdayOctober10() {
		assertThat(restDays("2026-09-19", "2026-10-11")).containsExactly(date("2026-09-19"), date("2026-09-25"),
				date("2026-09-26"), date("2026-09-27"), date("2026-10-01"), date("2026-10-02"), date("2026-10-03"),
				date("2026-10-04"), date("2026-10-05"), date("2026-10-06"), date("2026-10-07"), date("2026-10-11"));
		assertThat(calendar.isWorkingDay(date("2026-09-20"))).as("make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(date("2026-10-10"))).as("make-up Saturday").isTrue();
	}

	@Test
	void theDayBeforeTheSpringFestival2025BreakPlusOneIsTheFirstDayAfterIt() {
		assertThat(calendar.addWorkingDays(date("2025-01-27"), 1)).isEqualTo(date("2025-02-05"));
		assertThat(calendar.addWorkingDays(date("2025-02-01"), 1)).as("from a rest day inside the break")
			.isEqualTo(date("2025-02-05"));
	}

	@Test
	void aFridayPlusOneIsTheMakeUpSundayWhenThereIsOne() {
		assertThat(calendar.addWorkingDays(date("2025-09-26"), 1)).isEqualTo(date("2025-09-28"));
		assertThat(calendar.addWorkingDays(date("2026-09-18"), 1)).isEqualTo(date("2026-09-20"));
		assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-01-26"));
	}

	@Test
	void sevenWorkingDaysFromBeforeNationalDay2025EndOnTheMakeUpSaturdayAfterIt() {
		// 09-26, 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat)
		assertThat(calendar.addWorkingDays(date("2025-09-25"), 7)).isEqualTo(date("2025-10-11"));
	}

	@Test
	void fifteenWorkingDaysAcrossSpringFestival2026CountBothMakeUpSaturdays() {
		// 02-11, 12, 13, 14 (Sat), break 15–23, 24, 25, 26, 27, 28 (Sat), 03-02, 03, 04, 05, 06, 09
		assertThat(calendar.addWorkingDays(date("2026-02-10"), 15)).isEqualTo(date("2026-03-09"));
	}

	@Test
	void oneWorkingDayFromTheEveOfNationalDay2026IsTheDayAfterTheBreak() {
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo(date("2026-10-08"));
		assertThat(calendar.addWorkingDays(date("2026-09-30"), 3)).isEqualTo(date("2026-10-10"));
	}

	@Test
	void zeroWorkingDaysIsTheStartItselfAndNegativeCountsWalkBack() {
		assertThat(calendar.addWorkingDays(date("2025-10-04"), 0)).isEqualTo(date("2025-10-04"));
		assertThat(calendar.addWorkingDays(date("2025-10-09"), -1)).isEqualTo(date("2025-09-30"));
		assertThat(calendar.addWorkingDays(date("2025-09-29"), -1)).isEqualTo(date("2025-09-28"));
	}

	@Test
	void workingDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
		// Jan 26 (Sun, make-up), 27, then break 28 – Feb 4, then Feb 5, 6, 7
		assertThat(calendar.workingDaysBetween(date("2025-01-24"), date("2025-02-07"))).isEqualTo(5);
		assertThat(calendar.workingDaysBetween(date("2025-09-30"), date("2025-10-11"))).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
		assertThat(calendar.workingDaysBetween(date("2026-10-09"), date("2026-10-09"))).isZero();
	}

	@Test
	void workingDaysBetweenIsNegativeBackwards() {
		assertThat(calendar.workingDaysBetween(date("2025-02-07"), date("2025-01-24"))).isEqualTo(-5);
		assertThat(calendar.workingDaysBetween(date("2026-10-11"), date("2026-09-19"))).isEqualTo(-11);
	}

	@Test
	void bothYearsHave248WorkingDays() {
		assertThat(calendar.workingDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(248);
		assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
		assertThat(calendar.workingDaysBetween(date("2026-12-31"), date("2027-12-31"))).as("2027, weekdays only")
			.isEqualTo(261);
	}

	@Test
	void countingWorkingDaysAgreesWithWalkingDayByDay() {
		Random random = new Random(20250128);
		for (int i = 0; i < 2000; i++) {
			LocalDate from = date("2024-06-01").plusDays(random.nextInt(1000));
			LocalDate to = from.plusDays(random.nextInt(200) - 100);
			assertThat(calendar.workingDaysBetween(from, to)).as("(%s, %s]", from, to).isEqualTo(walk(from, to));
		}
		assertThat(calendar.workingDaysBetween(date("1960-03-02"), date("1969-12-31")))
			.isEqualTo(walk(date("1960-03-02"), date("1969-12-31")));
	}

	/** Backwards from a rest day, -1 is the last working day before it, which (d, start] does not count. */
	@Test
	void addingWorkingDaysAndCountingThemAreInverseForwardsFromAnyDayAndBackwardsFromAWorkingDay() {
		Random random = new Random(20261001);
		for (int i = 0; i < 2000; i++) {
			LocalDate start = date("2024-11-01").plusDays(random.nextInt(800));
			int days = calendar.isWorkingDay(start) ? random.nextInt(61) - 30 : random.nextInt(31);
			assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, days)))
				.as("%s plus %d", start, days)
				.isEqualTo(days);
		}
	}

	@Test
	void aProblemFiledOnFriday26September2025WithOneWorkingDayIsDueAtTheEndOfTheMakeUpSunday() {
		Instant filed = at("2025-09-26T16:00");

		assertThat(calendar.deadline(filed, 1, SHANGHAI))
			.isEqualTo(OffsetDateTime.parse("2025-09-29T00:00+08:00").toInstant());
		assertThat(calendar.deadline(at("2025-09-26T23:59"), 1, SHANGHAI)).as("the hour of filing does not matter")
			.isEqualTo(at("2025-09-29T00:00"));
	}

	@Test
	void aProblemFiledOnTheEveOfNationalDay2025IsDueAfterTheBreak() {
		assertThat(calendar.deadline(at("2025-09-30T10:00"), 1, SHANGHAI)).isEqualTo(at("2025-10-10T00:00"));
		assertThat(calendar.deadline(at("2025-09-30T10:00"), 7, SHANGHAI)).as("09-30 + 7: 10-09 … 10-11 (Sat) … 10-16")
			.isEqualTo(at("2025-10-17T00:00"));
	}

	@Test
	void aRectificationOpenedBeforeSpringFestival2026HasFifteenWorkingDaysToTheEndOf9March() {
		assertThat(calendar.deadline(at("2026-02-10T09:30"), 15, SHANGHAI)).isEqualTo(at("2026-03-10T00:00"));
	}

	@Test
	void theDayADeadlineCountsFromIsTheDayInTheDistrictNotInUtc() {
		Instant thursdayEveningInShanghai = Instant.parse("2025-09-25T15:30:00Z");
		Instant fridayMorningInShanghai = Instant.parse("2025-09-25T16:30:00Z");

		assertThat(calendar.deadline(thursdayEveningInShanghai, 1, SHANGHAI)).isEqualTo(at("2025-09-27T00:00"));
		assertThat(calendar.deadline(fridayMorningInShanghai, 1, SHANGHAI)).isEqualTo(at("2025-09-29T00:00"));
	}

	@Test
	void zeroWorkingDaysIsDueAtTheEndOfTheStartDayAndNegativeIsRefused() {
		assertThat(calendar.deadline(at("2025-10-03T08:00"), 0, SHANGHAI)).isEqualTo(at("2025-10-04T00:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.deadline(at("2025-10-03T08:00"), -1, SHANGHAI));
	}

	@Test
	void elapsedWorkingDaysCountOnlyTimeOnWorkingDays() {
		assertThat(calendar.workingDaysElapsed(at("2025-09-19T18:00"), at("2025-09-22T09:00"), SHANGHAI))
			.as("Friday 18:00 to Monday 09:00")
			.isCloseTo(0.625, within(1e-9));
		assertThat(calendar.workingDaysElapsed(at("2025-09-22T09:00"), at("2025-09-22T15:00"), SHANGHAI))
			.as("one working day 09:00 to 15:00")
			.isCloseTo(0.25, within(1e-9));
		assertThat(calendar.workingDaysElapsed(at("2025-09-30T12:00"), at("2025-10-09T12:00"), SHANGHAI))
			.as("across the National Day break")
			.isCloseTo(1.0, within(1e-9));
		assertThat(calendar.workingDaysElapsed(at("2026-02-16T08:00"), at("2026-02-20T20:00"), SHANGHAI))
			.as("within the Spring Festival break")
			.isZero();
		assertThat(calendar.workingDaysElapsed(at("2025-09-22T00:00"), at("2025-09-29T00:00"), SHANGHAI))
			.as("a week with its make-up Sunday")
			.isCloseTo(6.0, within(1e-9));
	}

	@Test
	void elapsedWorkingDaysAreNegativeBackwards() {
		assertThat(calendar.workingDaysElapsed(at("2025-09-22T09:00"), at("2025-09-19T18:00"), SHANGHAI))
			.isCloseTo(-0.625, within(1e-9));
	}

	@Test
	void aYearHasHolidaysOnlyOnceItsScheduleIsEntered() {
		assertThat(calendar.hasHolidays(2025)).isTrue();
		assertThat(calendar.hasHolidays(2026)).isTrue();
		assertThat(calendar.hasHolidays(2027)).isFalse();
		assertThat(WorkingDays.of(Map.of(date("2027-02-06"), DayKind.WORKDAY)).hasHolidays(2027))
			.as("a make-up day alone is not a schedule")
			.isFalse();
	}

	private Stream<LocalDate> days(String from, String to) {
		return date(from).datesUntil(date(to).plusDays(1));
	}

	private List<LocalDate> restDays(String from, String to) {
		return days(from, to).filter(day -> !calendar.isWorkingDay(day)).toList();
	}

	private int walk(LocalDate from, LocalDate to) {
		LocalDate first = from.isBefore(to) ? from : to;
		LocalDate last = from.isBefore(to) ? to : from;
		int count = (int) first.plusDays(1).datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).count();
		return to.isBefore(from) ? -count : count;
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	/** A local date and time in Shanghai. */
	private static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

}
