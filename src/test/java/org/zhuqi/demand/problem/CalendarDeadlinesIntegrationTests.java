package org.zhuqi.demand.problem;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problem clocks count working days with the district's working-day calendar as shipped (the State
 * Council's 2025 and 2026 schedules): the holiday breaks do not count, make-up workdays (调休上班) do.
 */
@SpringBootTest
@ActiveProfiles("test")
class CalendarDeadlinesIntegrationTests {

	@Autowired
	private Deadlines deadlines;

	@Test
	void theClocksUseTheWorkingDayCalendar() {
		assertThat(deadlines).isInstanceOf(CalendarDeadlines.class);
	}

	@Test
	void aProblemAssignedOnTheEveOfNationalDay2025IsDueAfterTheBreak() {
		assertThat(deadlines.deadline(at("2025-09-30T10:00"), 1)).isEqualTo(at("2025-10-10T00:00"));
		assertThat(deadlines.deadline(at("2025-09-26T16:00"), 1)).as("the make-up Sunday 2025-09-28 counts")
			.isEqualTo(at("2025-09-29T00:00"));
	}

	@Test
	void aProblemAssignedTheDayBeforeSpringFestival2026IsDueAfterItAndTheMakeUpSaturdayCounts() {
		// 2026-02-13 (Fri), 14 (Sat, make-up), break 15–23, 24, 25, 26, 27, 28 (Sat, make-up), 03-02
		assertThat(deadlines.deadline(at("2026-02-13T09:00"), 1)).isEqualTo(at("2026-02-15T00:00"));
		assertThat(deadlines.deadline(at("2026-02-14T09:00"), 1)).isEqualTo(at("2026-02-25T00:00"));
		assertThat(deadlines.deadline(at("2026-02-14T09:00"), 6)).isEqualTo(at("2026-03-03T00:00"));
	}

	@Test
	void workingDaysBetweenCountsAfterTheStartDayUpToAndIncludingTheEndDayAndNeverBelowZero() {
		assertThat(deadlines.workingDaysBetween(at("2025-01-24T18:00"), at("2025-02-07T08:00")))
			.as("Jan 26 (make-up), 27, Feb 5, 6, 7").isEqualTo(5);
		assertThat(deadlines.workingDaysBetween(at("2026-09-30T09:00"), at("2026-10-08T09:00"))).isEqualTo(1);
		assertThat(deadlines.workingDaysBetween(at("2026-10-01T09:00"), at("2026-10-01T18:00"))).isZero();
		assertThat(deadlines.workingDaysBetween(at("2026-10-09T09:00"), at("2026-10-08T09:00"))).isZero();
	}

	/** A local time in the district, Asia/Shanghai. */
	private static Instant at(String localDateTime) {
		return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
	}

}
