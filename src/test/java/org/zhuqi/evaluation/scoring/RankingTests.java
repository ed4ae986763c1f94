package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.scoring.Ranking.Ranked;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	record Unit(String name, BigDecimal score) {
	}

	@Test
	void givesEqualScoresTheSameRankAndSkipsTheNext() {
		List<Ranked<Unit>> ranked = Ranking.rank(List.of(unit("甲", "8.5000"), unit("乙", "9.1000"), unit("丙", "8.50"),
				unit("丁", "7.0000")), Unit::score);
		assertThat(ranked).extracting(entry -> entry.unit().name()).containsExactly("乙", "甲", "丙", "丁");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 2, 4);
	}

	@Test
	void keepsTiedUnitsInTheGivenOrder() {
		List<Ranked<Unit>> ranked = Ranking.rank(List.of(unit("三号", "8"), unit("一号", "8"), unit("二号", "8")),
				Unit::score);
		assertThat(ranked).extracting(entry -> entry.unit().name()).containsExactly("三号", "一号", "二号");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 1);
	}

	@Test
	void putsUnitsWithoutAScoreLastAndUnranked() {
		List<Ranked<Unit>> ranked = Ranking.rank(List.of(unit("无票", null), unit("甲", "6"), unit("乙", "6.0001")),
				Unit::score);
		assertThat(ranked).extracting(entry -> entry.unit().name()).containsExactly("乙", "甲", "无票");
		assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, null);
	}

	private static Unit unit(String name, String score) {
		return new Unit(name, score == null ? null : new BigDecimal(score));
	}

}
