package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreboardTests {

	static final Rubric RUBRIC = new Rubric(Scale.TEN_POINT, List.of(new Dimension("服务态度", "Service", new BigDecimal("50")),
			new Dimension("办事效率", "Efficiency", new BigDecimal("50"))));

	static final List<CampaignDepartment> DEPARTMENTS = List.of(new CampaignDepartment(1, DepartmentGroup.LIVE, 1),
			new CampaignDepartment(2, DepartmentGroup.LIVE, 2), new CampaignDepartment(3, DepartmentGroup.LIVE, 3),
			new CampaignDepartment(4, DepartmentGroup.ONLINE, 1), new CampaignDepartment(5, DepartmentGroup.ONLINE, 2));

	static final Map<Long, String> NAMES = Map.of(1L, "区市场监管局", 2L, "区人力社保局", 3L, "区住建局", 4L, "区税务局",
			5L, "区城管局");

	@Test
	void ranksEachGroupAndAllDepartmentsByTrimmedScoreWithSharedRanksForTies() {
		Scoreboard board = new Scoreboard(RUBRIC, new Aggregation(new BigDecimal("10")), DEPARTMENTS);
		// department 1: ten ballots, one very low one trimmed away with the highest
		board.add(1, List.of(1, 1));
		for (int i = 0; i < 8; i++) {
			board.add(1, List.of(9, 8));
		}
		board.add(1, List.of(10, 10));
		// department 2: the same trimmed score as 1 without trimming (too few ballots to trim)
		board.add(2, List.of(8, 9));
		board.add(2, List.of(9, 8));
		// department 4 online beats everyone; 3 and 5 get no ballots
		board.add(4, List.of(10, 9));

		CampaignResults results = board.results(9, NAMES, 20, 11);

		assertThat(results.ballots()).isEqualTo(13);
		assertThat(results.live()).extracting(DepartmentResult::departmentId).containsExactly(1L, 2L, 3L);
		assertThat(results.live()).extracting(DepartmentResult::groupRank).containsExactly(1, 1, null);
		assertThat(results.online()).extracting(DepartmentResult::departmentId).containsExactly(4L, 5L);
		assertThat(results.online()).extracting(DepartmentResult::groupRank).containsExactly(1, null);
		assertThat(results.all()).extracting(DepartmentResult::departmentId).containsExactly(4L, 1L, 2L, 3L, 5L);
		assertThat(results.all()).extracting(DepartmentResult::overallRank).containsExactly(1, 2, 2, null, null);

		DepartmentResult first = results.live().get(0);
		assertThat(first.name()).isEqualTo("区市场监管局");
		assertThat(first.tally().ballots()).isEqualTo(10);
		assertThat(first.tally().trimmedEachSide()).isEqualTo(1);
		assertThat(first.tally().mean()).as("(1 + 8 × 8.5 + 10) / 10").hasToString("7.9000");
		assertThat(first.score()).hasToString("8.5000");
		assertThat(first.participation()).as("10 of 20 eligible").hasToString("0.5000");
		assertThat(results.online().get(1).participation()).hasToString("0.0000");
	}

	@Test
	void leavesParticipationOpenWithoutEligibleVotersAndRefusesABallotForAnUnratedDepartment() {
		Scoreboard board = new Scoreboard(RUBRIC, Aggregation.untrimmed(), DEPARTMENTS);
		board.add(3, List.of(7, 8));
		assertThat(board.results(9, NAMES, 0, 1).live().get(0).participation()).isNull();
		assertThatThrownBy(() -> board.add(99, List.of(7, 8))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void computesParticipationToFourPlacesHalfUp() {
		assertThat(Scoreboard.rate(1, 3)).hasToString("0.3333");
		assertThat(Scoreboard.rate(2, 3)).hasToString("0.6667");
		assertThat(Scoreboard.rate(1032, 1032)).hasToString("1.0000");
	}

}
