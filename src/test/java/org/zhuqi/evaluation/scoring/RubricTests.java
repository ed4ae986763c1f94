package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricTests {

	static final Rubric FOUR = new Rubric(Scale.TEN_POINT, List.of(dimension("服务态度", "Service attitude", "30"),
			dimension("办事效率", "Efficiency", "30"), dimension("政策落实", "Policy delivery", "20"),
			dimension("廉洁自律", "Integrity", "20")));

	@Test
	void scoresABallotAsTheExactWeightedMean() {
		assertThat(FOUR.ballotScore(List.of(8, 9, 7, 10))).isEqualByComparingTo("8.5").hasToString("8.5000");
		assertThat(FOUR.ballotScore(List.of(10, 10, 10, 10))).hasToString("10.0000");
	}

	@Test
	void keepsFourDecimalsOfTwoDecimalWeightsWithoutRounding() {
		Rubric thirds = new Rubric(Scale.TEN_POINT, List.of(dimension("甲", "A", "33.33"), dimension("乙", "B", "33.33"),
				dimension("丙", "C", "33.34")));
		// (33.33 × 7 + 33.33 × 8 + 33.34 × 9) / 100 = 800.01 / 100
		assertThat(thirds.ballotScore(List.of(7, 8, 9))).hasToString("8.0001");
	}

	@Test
	void needsWeightsThatAddUpToExactlyOneHundred() {
		assertThatThrownBy(() -> new Rubric(Scale.TEN_POINT,
				List.of(dimension("甲", "A", "50"), dimension("乙", "B", "49.99"))))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("dimensions");
				assertThat(ex.code()).isEqualTo("evaluation.rubric.weights.total");
				assertThat(ex.arguments()).containsExactly("99.99");
			});
		assertThat(new Rubric(Scale.FIVE_LEVEL, List.of(dimension("甲", "A", "50.00"), dimension("乙", "B", "50"))).weights())
			.as("equal weights are kept with two decimals").containsExactly(new BigDecimal("50.00"), new BigDecimal("50.00"));
	}

	@Test
	void refusesAWeightThatIsNotAPositivePercentageWithTwoDecimals() {
		assertRefused(List.of(dimension("甲", "A", "0"), dimension("乙", "B", "100")), "dimensions[0].weight",
				"evaluation.rubric.weight.range");
		assertRefused(List.of(dimension("甲", "A", "33.333"), dimension("乙", "B", "66.667")), "dimensions[0].weight",
				"evaluation.rubric.weight.decimals");
		assertRefused(List.of(dimension("甲", "A", null)), "dimensions[0].weight", "evaluation.rubric.weight.required");
	}

	@Test
	void refusesMissingDuplicateAndTooManyDimensions() {
		assertRefused(List.of(), "dimensions", "evaluation.rubric.dimensions.required");
		assertRefused(List.of(dimension("服务", "Service", "50"), dimension(" 服务 ", "Service 2", "50")),
				"dimensions[1].nameZh", "evaluation.rubric.name.duplicate");
		assertRefused(List.of(dimension("服务", " ", "100")), "dimensions[0].nameEn", "evaluation.rubric.name.required");
		List<Dimension> nine = IntStream.range(0, 9)
			.mapToObj(i -> dimension("维度" + i, "D" + i, "10"))
			.toList();
		assertRefused(nine, "dimensions", "evaluation.rubric.dimensions.tooMany");
	}

	@Test
	void refusesABallotWithAScoreMissingOrOffTheScale() {
		assertThatThrownBy(() -> FOUR.check(List.of(8, 9, 7)))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("scores");
				assertThat(ex.code()).isEqualTo("evaluation.ballot.scores.count");
			});
		assertThatThrownBy(() -> FOUR.check(List.of(8, 9, 11, 10)))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.code()).isEqualTo("evaluation.ballot.scores.range");
				assertThat(ex.arguments()).containsExactly(3, 1, 10);
			});
		assertThatThrownBy(() -> FOUR.check(Arrays.asList(8, null, 7, 10))).isInstanceOf(RejectedFieldException.class);
		Rubric fiveLevel = new Rubric(Scale.FIVE_LEVEL, List.of(dimension("满意度", "Satisfaction", "100")));
		assertThatThrownBy(() -> fiveLevel.check(List.of(6))).isInstanceOf(RejectedFieldException.class);
		assertThatThrownBy(() -> fiveLevel.check(List.of(0))).isInstanceOf(RejectedFieldException.class);
		assertThat(fiveLevel.ballotScore(List.of(5))).hasToString("5.0000");
	}

	@Test
	void comparesRubricsByValueWhateverTheWrittenScale() {
		assertThat(new Rubric(Scale.TEN_POINT, List.of(dimension(" 服务 ", "Service", "100"))))
			.isEqualTo(new Rubric(Scale.TEN_POINT, List.of(dimension("服务", "Service", "100.00"))));
	}

	private static void assertRefused(List<Dimension> dimensions, String field, String code) {
		assertThatThrownBy(() -> new Rubric(Scale.TEN_POINT, dimensions))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.code()).isEqualTo(code);
			});
	}

	static Dimension dimension(String nameZh, String nameEn, String weight) {
		return new Dimension(nameZh, nameEn, weight == null ? null : new BigDecimal(weight));
	}

}
