package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregationTests {

	@Test
	void dropsTheFlooredShareOfBallotsFromEachEnd() {
		Aggregation fivePercent = new Aggregation(new BigDecimal("5"));
		assertThat(fivePercent.trimmedEachSide(1032)).as("1032 × 5% = 51.6").isEqualTo(51);
		assertThat(fivePercent.trimmedEachSide(20)).isEqualTo(1);
		assertThat(fivePercent.trimmedEachSide(19)).as("0.95 of a ballot drops none").isZero();
		assertThat(Aggregation.untrimmed().trimmedEachSide(1032)).isZero();
		Aggregation almostHalf = new Aggregation(new BigDecimal("49.99"));
		assertThat(almostHalf.trimmedEachSide(3)).as("one of three always remains").isEqualTo(1);
		assertThat(almostHalf.trimmedEachSide(2)).isZero();
	}

	@Test
	void scoresTheTrimmedMeanWithoutTheHighestAndLowestBallots() {
		Tally tally = new Aggregation(new BigDecimal("10")).tally(scores("1", "8", "8", "8", "8", "8", "8", "8", "8", "10"));
		assertThat(tally.ballots()).isEqualTo(10);
		assertThat(tally.trimmedEachSide()).isEqualTo(1);
		assertThat(tally.mean()).hasToString("7.5000");
		assertThat(tally.trimmedMean()).hasToString("8.0000");
		assertThat(tally.score()).isEqualTo(tally.trimmedMean());
	}

	@Test
	void scoresThePlainMeanWhenNothingIsTrimmed() {
		Tally tally = Aggregation.untrimmed().tally(scores("8.5000", "9.0000", "9.0000"));
		assertThat(tally.mean()).as("26.5 / 3").hasToString("8.8333");
		assertThat(tally.score()).isEqualTo(tally.mean());
		assertThat(new Aggregation(new BigDecimal("5")).tally(scores("1", "10")).score())
			.as("too few ballots to trim").hasToString("5.5000");
	}

	@Test
	void roundsEachMeanOnceToFourPlacesHalfUp() {
		assertThat(Aggregation.untrimmed().tally(scores("8.0001", "8.0000")).mean()).as("8.00005 half up")
			.hasToString("8.0001");
		assertThat(Aggregation.untrimmed().tally(scores("8.0001", "8.0000", "8.0000")).mean()).as("8.000033…")
			.hasToString("8.0000");
		assertThat(Aggregation.untrimmed().tally(scores("2", "2", "3")).mean()).as("7 / 3").hasToString("2.3333");
		assertThat(Aggregation.untrimmed().tally(scores("2", "3", "3")).mean()).as("8 / 3").hasToString("2.6667");
	}

	@Test
	void leavesADepartmentWithoutBallotsWithoutAScore() {
		Tally tally = new Aggregation(new BigDecimal("5")).tally(List.of());
		assertThat(tally.scored()).isFalse();
		assertThat(tally.score()).isNull();
	}

	@Test
	void refusesATrimOfHalfOrMoreNegativeOrTooPrecise() {
		for (String trim : List.of("50", "-1", "2.555")) {
			assertThatThrownBy(() -> new Aggregation(new BigDecimal(trim))).isInstanceOfSatisfying(
					RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("trimPercent"));
		}
		assertThat(new Aggregation(new BigDecimal("5")).trimPercent()).hasToString("5.00");
	}

	private static List<BigDecimal> scores(String... values) {
		return Stream.of(values).map(BigDecimal::new).toList();
	}

}
