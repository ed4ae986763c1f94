package org.zhuqi.policy.application;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuqi.calendar.DayKind;
import org.zhuqi.calendar.WorkingDays;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticePeriodTests {

	/** 2025: National Day break 1–8 October, make-up workdays Sunday 28 September and Saturday 11 October. */
	private static final WorkingDays CALENDAR_2025 = WorkingDays.of(Map.of(
			LocalDate.of(2025, 9, 28), DayKind.WORKDAY,
			LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, LocalDate.of(2025, 10, 2), DayKind.HOLIDAY,
			LocalDate.of(2025, 10, 3), DayKind.HOLIDAY, LocalDate.of(2025, 10, 6), DayKind.HOLIDAY,
			LocalDate.of(2025, 10, 7), DayKind.HOLIDAY, LocalDate.of(2025, 10, 8), DayKind.HOLIDAY,
			LocalDate.of(2025, 10, 11), DayKind.WORKDAY));

	@Test
	void defaultsToFiveWorkingDaysSkippingTheWeekend() {
		// published Wednesday 2025-11-12: Thu, Fri, (weekend), Mon, Tue, Wed
		NoticePeriod period = NoticePeriod.of(LocalDate.of(2025, 11, 12), null, WorkingDays.weekdaysOnly());
		assertThat(period.workingDays()).isEqualTo(5);
		assertThat(period.startsOn()).isEqualTo(LocalDate.of(2025, 11, 12));
		assertThat(period.endsOn()).isEqualTo(LocalDate.of(2025, 11, 19));
	}

	@Test
	void skipsHolidaysAndCountsMakeUpWorkdays() {
		// published Friday 2025-09-26: make-up Sunday 28th, Mon 29th, Tue 30th, (holidays 1–8 Oct), Thu 9th, Fri 10th
		NoticePeriod period = NoticePeriod.of(LocalDate.of(2025, 9, 26), 5, CALENDAR_2025);
		assertThat(period.endsOn()).isEqualTo(LocalDate.of(2025, 10, 10));
		// a publication on a holiday counts from the next working day
		assertThat(NoticePeriod.of(LocalDate.of(2025, 10, 3), 1, CALENDAR_2025).endsOn())
			.isEqualTo(LocalDate.of(2025, 10, 9));
	}

	@Test
	void isOpenUpToItsLastDayAndEndedAfterIt() {
		NoticePeriod period = NoticePeriod.of(LocalDate.of(2025, 11, 12), 5, WorkingDays.weekdaysOnly());
		assertThat(period.openOn(LocalDate.of(2025, 11, 12))).isTrue();
		assertThat(period.openOn(LocalDate.of(2025, 11, 19))).isTrue();
		assertThat(period.endedBy(LocalDate.of(2025, 11, 19))).isFalse();
		assertThat(period.endedBy(LocalDate.of(2025, 11, 20))).isTrue();
		assertThat(period.openOn(LocalDate.of(2025, 11, 20))).isFalse();
	}

	@Test
	void takesOneToThirtyWorkingDays() {
		assertThat(NoticePeriod.of(LocalDate.of(2025, 11, 14), 1, WorkingDays.weekdaysOnly()).endsOn())
			.isEqualTo(LocalDate.of(2025, 11, 17));
		assertThat(NoticePeriod.of(LocalDate.of(2025, 11, 14), 30, WorkingDays.weekdaysOnly()).workingDays()).isEqualTo(30);
		for (int days : new int[] { 0, 31, -1 }) {
			assertThatThrownBy(() -> NoticePeriod.of(LocalDate.of(2025, 11, 14), days, WorkingDays.weekdaysOnly()))
				.isInstanceOfSatisfying(RejectedFieldException.class,
						ex -> assertThat(ex.field()).isEqualTo("workingDays"));
		}
	}

}
