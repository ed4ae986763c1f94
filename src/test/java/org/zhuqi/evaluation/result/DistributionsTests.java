package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;

import static org.assertj.core.api.Assertions.assertThat;

class DistributionsTests {

	private final Rubric rubric = new Rubric(Scale.FIVE_LEVEL, List.of(
			new Dimension("服务态度", "Service attitude", new BigDecimal("60")),
			new Dimension("办事效率", "Efficiency", new BigDecimal("40"))));

	@Test
	void countsTheBallotsPerDimensionAndScore() {
		Distributions distributions = new Distributions(rubric);
		distributions.add(List.of(5, 1));
		distributions.add(List.of(5, 2));
		distributions.add(List.of(3, 2));
		List<DimensionDistribution> result = distributions.result();

		assertThat(result.get(0).scores()).containsExactly(1, 2, 3, 4, 5);
		assertThat(result.get(0).counts()).containsExactly(0, 0, 1, 0, 2);
		assertThat(result.get(1).counts()).containsExactly(1, 2, 0, 0, 0);
		assertThat(result.get(1).total()).isEqualTo(3);
		assertThat(ResultReport.mean(result.get(0))).hasToString("4.33");
	}

	@Test
	void aDimensionWithoutBallotsHasNoMeanAndNoBallots() {
		List<DimensionDistribution> result = new Distributions(rubric).result();
		assertThat(result.get(0).total()).isZero();
		assertThat(ResultReport.mean(result.get(0))).isNull();
	}

	@Test
	void sheetNamesAreShortenedAndMadeDistinct() {
		Set<String> taken = new HashSet<>();
		assertThat(ResultWorkbook.unique("排名", taken)).isEqualTo("排名");
		assertThat(ResultWorkbook.unique("排名", taken)).isEqualTo("排名 (2)");
		assertThat(ResultWorkbook.unique("a/b:c".repeat(10), taken)).hasSize(31).doesNotContain("/", ":");
	}

}
