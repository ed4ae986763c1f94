package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.UnresolvableReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuqi.demand.stats.Facts.NOW;
import static org.zhuqi.demand.stats.Facts.daysAgo;
import static org.zhuqi.demand.stats.Facts.filed;

/**
 * The definitions of {@code docs/metrics.md}, one nested class per figure, on problems built as the workflow
 * leaves them. Working days are plain calendar days here; the calendar itself is tested elsewhere.
 */
class DemandFiguresTests {

	private static final DemandFigures.WorkingDays CALENDAR_DAYS = (start, end) -> (int) Duration.between(start, end)
		.toDays();

	private static Figures figures(Facts... facts) {
		return figures(0, facts);
	}

	private static Figures figures(long meetings, Facts... facts) {
		List<DemandFact> built = new ArrayList<>();
		Arrays.stream(facts).map(Facts::build).forEach(built::add);
		return DemandFigures.of(built, meetings, NOW, CALENDAR_DAYS);
	}

	private static Facts resolvedOnDay(long daysAgo) {
		return filed().assigned(1, daysAgo(19), NOW).inProgress().resolved(daysAgo(daysAgo));
	}

	@Test
	void noProblemsGiveZeroCountsAndNoRates() {
		Figures none = figures();

		assertThat(none.total()).isZero();
		assertThat(none.coordinationRate()).as("0 of 0 is no rate, neither 0% nor 100%").isNull();
		assertThat(none.resolutionRate()).isNull();
		assertThat(none.satisfactionRate()).isNull();
		assertThat(none.timelinessRate()).isNull();
		assertThat(none.firstRatingSatisfactionRate()).isNull();
		assertThat(none.avgResolveWorkingDays()).isNull();
	}

	@Nested
	class Coordination {

		@Test
		void countsProblemsRoutedResolvedByTheCadreOrEscalated() {
			Figures result = figures(filed().assigned(1), filed().resolvedByCadre(daysAgo(10)), filed().escalated(),
					filed());

			assertThat(result.total()).isEqualTo(4);
			assertThat(result.coordinated()).isEqualTo(3);
			assertThat(result.coordinationRate()).isEqualByComparingTo("0.75");
		}

		@Test
		void aProblemStillWaitingForTheCentreIsNotCoordinated() {
			assertThat(figures(filed()).coordinationRate()).isEqualByComparingTo("0");
		}

		@Test
		void aProblemReturnedToTheCentreStaysCoordinatedBecauseItReachedADepartment() {
			DemandFact returned = new DemandFact(1, null, "XIHU", "SPACE", 7L,
					org.zhuqi.demand.problem.DemandState.SUBMITTED, daysAgo(5), null, null, null, true, false, null, false,
					null, false, null, null, null, null);

			assertThat(DemandFigures.of(List.of(returned), 0, NOW, CALENDAR_DAYS).coordinated()).isEqualTo(1);
		}

		@Test
		void ratesAreRoundedHalfUpToFourPlaces() {
			assertThat(Figures.rate(2, 3)).isEqualTo(new BigDecimal("0.6667"));
			assertThat(Figures.rate(1, 32)).as("0.03125 rounds up, not to even").isEqualTo(new BigDecimal("0.0313"));
			assertThat(Figures.rate(3, 3)).isEqualTo(new BigDecimal("1.0000"));
			assertThat(Figures.rate(0, 0)).isNull();
		}

	}

	@Nested
	class Resolution {

		@Test
		void resolvedCountsDepartmentsAndCadresButNotUnresolvable() {
			Figures result = figures(resolvedOnDay(5), filed().resolvedByCadre(daysAgo(3)),
					filed().assigned(1).inProgress().unresolvable(UnresolvableReason.POLICY, daysAgo(2)));

			assertThat(result.resolved()).isEqualTo(2);
			assertThat(result.resolvedByCadre()).isEqualTo(1);
			assertThat(result.unresolvable()).isEqualTo(1);
		}

		@Test
		void rateIsResolvedOverResolvedUnresolvableAndOpenPastDeadline() {
			Figures result = figures(resolvedOnDay(5), resolvedOnDay(4), resolvedOnDay(3),
					filed().assigned(1).inProgress().unresolvable(UnresolvableReason.AUTHORITY, daysAgo(2)),
					filed().assigned(1, daysAgo(3), daysAgo(1)).inProgress(), // overdue
					filed().assigned(1), // open, on time: not counted either way
					filed()); // waiting for the centre: no deadline

			assertThat(result.overdue()).isEqualTo(1);
			assertThat(result.open()).isEqualTo(3);
			assertThat(result.resolutionRate()).as("3 / (3 + 1 + 1)").isEqualByComparingTo("0.6");
		}

		@Test
		void rateHasNoValueWhileNothingIsFinishedOrOverdue() {
			assertThat(figures(filed().assigned(1), filed()).resolutionRate()).isNull();
		}

		@Test
		void aProblemClosedByTheCentreWithoutResolutionIsNeitherResolvedNorUnresolvable() {
			Figures result = figures(filed().closed());

			assertThat(result.resolved()).isZero();
			assertThat(result.unresolvable()).isZero();
			assertThat(result.open()).isZero();
			assertThat(result.resolutionRate()).isNull();
		}

		@Test
		void aProblemInRectificationIsOpenAndNoLongerResolved() {
			Facts rectifying = resolvedOnDay(8).rectifying(Satisfaction.DISSATISFIED, daysAgo(7), NOW.plus(Duration.ofDays(5)));

			Figures result = figures(rectifying);

			assertThat(result.resolved()).isZero();
			assertThat(result.open()).isEqualTo(1);
			assertThat(result.overdue()).isZero();
		}

		@Test
		void anUnresolvableProblemFixedByARectificationCountsAsResolved() {
			Facts fixed = filed().assigned(1)
				.inProgress()
				.unresolvable(UnresolvableReason.OTHER, daysAgo(10))
				.rectifying(Satisfaction.VERY_DISSATISFIED, daysAgo(9), NOW.plus(Duration.ofDays(5)))
				.rectified(daysAgo(2));

			Figures result = figures(fixed);

			assertThat(result.resolved()).isEqualTo(1);
			assertThat(result.unresolvable()).isZero();
		}

	}

	@Nested
	class Overdue {

		@Test
		void anOpenProblemIsOverdueOnlyAfterTheDeadlineItWorksAgainstNow() {
			assertThat(filed().assigned(1, NOW.minusSeconds(1), NOW.plus(Duration.ofDays(5))).build().isOverdue(NOW))
				.isTrue();
			assertThat(filed().assigned(1, NOW, NOW.plus(Duration.ofDays(5))).build().isOverdue(NOW))
				.as("exactly at the deadline is still on time")
				.isFalse();
			assertThat(filed().build().isOverdue(NOW)).as("no clock runs before routing").isFalse();
		}

		@Test
		void aFinishedProblemIsNeverOverdue() {
			assertThat(filed().assigned(1, daysAgo(10), daysAgo(5)).inProgress().resolved(daysAgo(1)).build().isOverdue(NOW))
				.isFalse();
		}

		@Test
		void aRectificationPastItsFixDeadlineIsOverdue() {
			Facts late = resolvedOnDay(30).rectifying(Satisfaction.DISSATISFIED, daysAgo(29), daysAgo(2));

			assertThat(figures(late).overdue()).isEqualTo(1);
		}

	}

	@Nested
	class SatisfactionRate {

		@Test
		void theThreeSatisfiedLevelsCountAsSatisfied() {
			Figures result = figures(resolvedOnDay(9).rated(Satisfaction.VERY_SATISFIED, daysAgo(8)),
					resolvedOnDay(9).rated(Satisfaction.SATISFIED, daysAgo(8)),
					resolvedOnDay(9).rated(Satisfaction.BASICALLY_SATISFIED, daysAgo(8)),
					resolvedOnDay(9).rectifying(Satisfaction.DISSATISFIED, daysAgo(8), NOW.plus(Duration.ofDays(3))));

			assertThat(result.ratings()).isEqualTo(4);
			assertThat(result.satisfied()).isEqualTo(3);
			assertThat(result.satisfactionRate()).isEqualByComparingTo("0.75");
		}

		@Test
		void unratedProblemsAreLeftOutOfTheRateAndCountedSeparately() {
			Figures result = figures(resolvedOnDay(20).rated(Satisfaction.SATISFIED, daysAgo(19)),
					resolvedOnDay(10), // window passed without a rating
					resolvedOnDay(2)); // may still be rated

			assertThat(result.ratings()).isEqualTo(1);
			assertThat(result.unrated()).isEqualTo(1);
			assertThat(result.awaitingRating()).isEqualTo(1);
			assertThat(result.satisfactionRate()).as("not rated is never satisfied, nor dissatisfied")
				.isEqualByComparingTo("1");
		}

		@Test
		void aRatingGivenAfterTheWindowCountsAsNoRating() {
			Facts late = resolvedOnDay(20).rated(Satisfaction.VERY_SATISFIED, daysAgo(5));

			Figures result = figures(late);

			assertThat(result.ratings()).isZero();
			assertThat(result.unrated()).isEqualTo(1);
			assertThat(result.satisfactionRate()).isNull();
		}

		@Test
		void theFinalReRatingCountsForARectifiedProblem() {
			Facts rerated = resolvedOnDay(20).rectifying(Satisfaction.DISSATISFIED, daysAgo(19), daysAgo(1))
				.rectified(daysAgo(10))
				.rated(Satisfaction.SATISFIED, daysAgo(9));

			Figures result = figures(rerated);

			assertThat(result.satisfactionRate()).isEqualByComparingTo("1");
			assertThat(result.firstRatingSatisfactionRate()).as("before the rectification it was dissatisfied")
				.isEqualByComparingTo("0");
		}

		@Test
		void theDissatisfiedFirstRatingCountsUntilTheReRating() {
			Facts waiting = resolvedOnDay(20).rectifying(Satisfaction.DISSATISFIED, daysAgo(19), daysAgo(1))
				.rectified(daysAgo(2));

			Figures result = figures(waiting);

			assertThat(result.ratings()).isEqualTo(1);
			assertThat(result.satisfactionRate()).isEqualByComparingTo("0");
			assertThat(result.awaitingRating()).as("it counts as rated, not as waiting").isZero();
		}

		@Test
		void aReRatingAfterTheWindowLeavesTheFirstRatingCounting() {
			Facts lateReRating = resolvedOnDay(30).rectifying(Satisfaction.VERY_DISSATISFIED, daysAgo(29), daysAgo(10))
				.rectified(daysAgo(20))
				.rated(Satisfaction.VERY_SATISFIED, daysAgo(1));

			assertThat(lateReRating.build().countedRating()).isEqualTo(Satisfaction.VERY_DISSATISFIED);
		}

		@Test
		void anUnresolvableProblemsRatingOfTheServiceCounts() {
			Facts rated = filed().assigned(1)
				.inProgress()
				.unresolvable(UnresolvableReason.POLICY, daysAgo(5))
				.rated(Satisfaction.BASICALLY_SATISFIED, daysAgo(4));

			assertThat(figures(rated).satisfied()).isEqualTo(1);
		}

	}

	@Nested
	class ResolveTime {

		@Test
		void averageWorkingDaysRunFromFilingToResolutionOverResolvedProblemsOnly() {
			Figures result = figures(filed().filedAt(daysAgo(10)).resolvedByCadre(daysAgo(9)), // 1 day
					filed().filedAt(daysAgo(10)).resolvedByCadre(daysAgo(8)), // 2 days
					filed().filedAt(daysAgo(10)).resolvedByCadre(daysAgo(8)), // 2 days
					filed().filedAt(daysAgo(30)).assigned(1).inProgress().unresolvable(UnresolvableReason.POLICY, NOW));

			assertThat(result.avgResolveWorkingDays()).as("5 / 3, half-up").isEqualTo(new BigDecimal("1.67"));
		}

		@Test
		void aRectifiedProblemCountsUntilItsFinalFix() {
			Facts rectified = filed().filedAt(daysAgo(30))
				.assigned(1, daysAgo(29), daysAgo(20))
				.inProgress()
				.resolved(daysAgo(25))
				.rectifying(Satisfaction.DISSATISFIED, daysAgo(24), daysAgo(5))
				.rectified(daysAgo(10));

			assertThat(figures(rectified).avgResolveWorkingDays()).isEqualTo(new BigDecimal("20.00"));
		}

		@Test
		void noResolvedProblemsGiveNoAverage() {
			assertThat(figures(filed().assigned(1)).avgResolveWorkingDays()).isNull();
		}

	}

	@Nested
	class Timeliness {

		@Test
		void resolvedByTheResolveDeadlineIsOnTime() {
			Facts onTime = filed().assigned(1, daysAgo(19), daysAgo(10)).inProgress().resolved(daysAgo(11));
			Facts late = filed().assigned(1, daysAgo(19), daysAgo(10)).inProgress().resolved(daysAgo(9));

			Figures result = figures(onTime, late);

			assertThat(result.resolvedOnTime()).isEqualTo(1);
			assertThat(result.timelinessRate()).isEqualByComparingTo("0.5");
		}

		@Test
		void aRectificationIsJudgedAgainstItsFixDeadline() {
			Facts fixedInTime = filed().assigned(1, daysAgo(19), daysAgo(15))
				.inProgress()
				.resolved(daysAgo(16))
				.rectifying(Satisfaction.DISSATISFIED, daysAgo(14), daysAgo(2))
				.rectified(daysAgo(3));

			assertThat(fixedInTime.build().isResolvedOnTime()).isTrue();
		}

		@Test
		void aCadreResolvingBeforeRoutingIsOnTime() {
			assertThat(filed().resolvedByCadre(daysAgo(1)).build().isResolvedOnTime()).isTrue();
		}

	}

	@Nested
	class KeyProblemsAndMeetings {

		@Test
		void keyProblemsAreTheEscalatedOnesAndMeetingsAreCountedAsGiven() {
			Figures result = figures(3, filed().assigned(1).escalated(), filed().assigned(1));

			assertThat(result.keyProblems()).isEqualTo(1);
			assertThat(result.meetings()).isEqualTo(3);
		}

	}

}
