package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.campaign.DepartmentGroup;

import static org.assertj.core.api.Assertions.assertThat;

class RankingsTests {

	private static ResultRow row(long id, DepartmentGroup group, int position, String score, Integer groupRank,
			Integer overallRank) {
		BigDecimal value = score == null ? null : new BigDecimal(score);
		return new ResultRow(id, "单位" + id, group, position, score == null ? 0 : 1, 10, value, value, 0, null,
				groupRank, overallRank);
	}

	// stored in campaign order, as the snapshot holds them
	private final List<ResultRow> rows = List.of(row(1, DepartmentGroup.LIVE, 1, "8.0000", 2, 2),
			row(2, DepartmentGroup.LIVE, 2, "9.0000", 1, 1), row(3, DepartmentGroup.LIVE, 3, null, null, null),
			row(4, DepartmentGroup.ONLINE, 1, "7.0000", 2, 4), row(5, DepartmentGroup.ONLINE, 2, "8.0000", 1, 2));

	@Test
	void aGroupIsListedByItsStoredRanksWithUnrankedDepartmentsLast() {
		assertThat(Rankings.group(rows, DepartmentGroup.LIVE)).extracting(ResultRow::departmentId).containsExactly(2L, 1L, 3L);
		assertThat(Rankings.group(rows, DepartmentGroup.ONLINE)).extracting(ResultRow::departmentId).containsExactly(5L, 4L);
	}

	@Test
	void tiedDepartmentsOfAllUnitsKeepTheCampaignOrderLiveGroupFirst() {
		assertThat(Rankings.all(rows)).extracting(ResultRow::departmentId).containsExactly(2L, 1L, 5L, 4L, 3L);
		assertThat(Rankings.all(rows)).extracting(ResultRow::overallRank).containsExactly(1, 2, 2, 4, null);
	}

	@Test
	void aSnapshotReadInAnyOrderIsListedAsRanked() {
		List<ResultRow> shuffled = List.of(rows.get(4), rows.get(2), rows.get(0), rows.get(3), rows.get(1));
		assertThat(Rankings.all(shuffled)).isEqualTo(Rankings.all(rows));
	}

}
