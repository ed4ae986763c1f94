package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The best-cadre ranking (最佳联企干部) formula, minimum volume and tie rule of {@code docs/metrics.md}. */
class CadreRankingTests {

	/** Figures with the given volume and rates; other figures do not enter the score. */
	private static Figures figures(long volume, String resolution, String timeliness, String satisfaction) {
		return new Figures(volume, volume, null, 0, 0, 0, 0, 0, decimal(resolution), 0, decimal(timeliness), null, 0, 0,
				0, 0, decimal(satisfaction), 0, 0, 0, 0, null);
	}

	private static BigDecimal decimal(String value) {
		return value == null ? null : new BigDecimal(value);
	}

	private static List<CadreScore> rank(Map<Long, Figures> figures) {
		return CadreRanking.rank(figures, 5);
	}

	@Test
	void scoresVolumeResolutionTimelinessAndSatisfactionOutOfAHundred() {
		Map<Long, Figures> figures = new LinkedHashMap<>();
		figures.put(1L, figures(20, "1", "1", "1"));
		figures.put(2L, figures(10, "0.9", "0.5", "0.8"));

		List<CadreScore> ranking = rank(figures);

		assertThat(ranking).extracting(CadreScore::cadreId).containsExactly(1L, 2L);
		assertThat(ranking.get(0).score()).isEqualTo(new BigDecimal("100.00"));
		// 100 × (0.25 × 10/20 + 0.30 × 0.9 + 0.20 × 0.5 + 0.25 × 0.8) = 12.5 + 27 + 10 + 20
		assertThat(ranking.get(1).score()).isEqualTo(new BigDecimal("69.50"));
		assertThat(ranking.get(1).volumeShare()).isEqualByComparingTo("0.5");
	}

	@Test
	void leavesOutCadresBelowTheMinimumVolume() {
		Map<Long, Figures> figures = Map.of(1L, figures(4, "1", "1", "1"), 2L, figures(5, "0.5", "0.5", "0.5"));

		assertThat(rank(figures)).extracting(CadreScore::cadreId).containsExactly(2L);
	}

	@Test
	void theLargestVolumeIsTakenAmongRankedCadresOnly() {
		Map<Long, Figures> figures = Map.of(1L, figures(6, "1", "1", "1"), 2L, figures(3, "1", "1", "1"));

		assertThat(rank(figures).get(0).volumeShare()).isEqualByComparingTo("1");
	}

	@Test
	void aRateWithoutDataScoresZero() {
		Map<Long, Figures> figures = Map.of(1L, figures(5, null, null, null));

		CadreScore only = rank(figures).get(0);

		assertThat(only.score()).as("volume only: 25").isEqualTo(new BigDecimal("25.00"));
		assertThat(only.satisfactionRate()).as("shown as no data, not as 0").isNull();
	}

	@Test
	void anEqualScoreGoesToTheHigherVolumeThenTheHigherSatisfaction() {
		Map<Long, Figures> figures = new LinkedHashMap<>();
		// both 100 × (0.25 × 1 + 0.30 × 0.5 + 0.20 × 0.5 + 0.25 × 0.5) = 62.50 once the larger volume is 10
		figures.put(1L, figures(10, "0.5", "0.5", "0.5"));
		// 100 × (0.25 × 0.5 + 0.30 × 0.75 + 0.20 × 0.25 + 0.25 × 0.85) = 12.5 + 22.5 + 5 + 21.25 = 61.25
		figures.put(2L, figures(5, "0.75", "0.25", "0.85"));
		// 100 × (0.25 × 0.5 + 0.30 × 0.5 + 0.20 × 1 + 0.25 × 0.5) = 12.5 + 15 + 20 + 12.5 = 60
		figures.put(3L, figures(5, "0.5", "1", "0.5"));
		// same score 60 and volume 5 as cadre 3, higher satisfaction
		figures.put(4L, figures(5, "0.5", "0.75", "0.7"));

		List<CadreScore> ranking = rank(figures);

		assertThat(ranking).extracting(CadreScore::cadreId).containsExactly(1L, 2L, 4L, 3L);
		assertThat(ranking).extracting(CadreScore::rank).containsExactly(1, 2, 3, 4);
	}

	@Test
	void cadresEqualOnScoreVolumeAndSatisfactionShareTheirRank() {
		Map<Long, Figures> figures = new LinkedHashMap<>();
		figures.put(9L, figures(10, "1", "1", "1"));
		figures.put(3L, figures(5, "0.8", "0.8", "0.8"));
		figures.put(2L, figures(5, "0.8", "0.8", "0.8"));
		figures.put(5L, figures(5, "0.1", "0.1", "0.1"));

		List<CadreScore> ranking = rank(figures);

		assertThat(ranking).extracting(CadreScore::rank).containsExactly(1, 2, 2, 4);
		assertThat(ranking).extracting(CadreScore::cadreId).as("tied cadres listed by id").containsExactly(9L, 2L, 3L, 5L);
	}

	@Test
	void noCadresGiveAnEmptyRanking() {
		assertThat(rank(Map.of())).isEmpty();
	}

}
