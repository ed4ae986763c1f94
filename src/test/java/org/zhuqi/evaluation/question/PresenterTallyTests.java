package org.zhuqi.evaluation.question;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The presenter vote's tally: most votes first, ties in the campaign's current order, the top N proposed live. */
class PresenterTallyTests {

	private static final Map<Long, String> NAMES = Map.of(1L, "一", 2L, "二", 3L, "三", 4L, "四");

	@Test
	void ordersByVotesAndBreaksTiesByCurrentOrder() {
		PresenterTally tally = PresenterTally.of(List.of(1L, 2L, 3L, 4L), NAMES, Map.of(3L, 5, 2L, 2, 4L, 2), 2, 6);
		assertThat(tally.rows()).extracting(PresenterTally.Row::departmentId).containsExactly(3L, 2L, 4L, 1L);
		assertThat(tally.rows()).extracting(PresenterTally.Row::votes).containsExactly(5, 2, 2, 0);
		assertThat(tally.live()).containsExactly(3L, 2L);
		assertThat(tally.online()).containsExactly(4L, 1L);
		assertThat(tally.rows().get(0).name()).isEqualTo("三");
	}

	@Test
	void withoutVotesKeepsTheCurrentOrder() {
		PresenterTally tally = PresenterTally.of(List.of(4L, 1L, 2L), NAMES, Map.of(), 1, 0);
		assertThat(tally.live()).containsExactly(4L);
		assertThat(tally.online()).containsExactly(1L, 2L);
	}

}
