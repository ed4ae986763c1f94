package org.zhuqi.evaluation.result;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.scoring.Scale;

import static org.assertj.core.api.Assertions.assertThat;

class BottomRangeTests {

	@Test
	void onTheTenPointScaleABallotBelowSixIsLow() {
		assertThat(BottomRange.limit(Scale.TEN_POINT)).isEqualByComparingTo("6");
		assertThat(BottomRange.contains(Scale.TEN_POINT, new BigDecimal("5.9999"))).isTrue();
		assertThat(BottomRange.contains(Scale.TEN_POINT, new BigDecimal("6.0000"))).isFalse();
		assertThat(BottomRange.contains(Scale.TEN_POINT, new BigDecimal("1"))).isTrue();
	}

	@Test
	void onTheFiveLevelsABallotBelowThreeIsLow() {
		assertThat(BottomRange.limit(Scale.FIVE_LEVEL)).isEqualByComparingTo("3");
		assertThat(BottomRange.contains(Scale.FIVE_LEVEL, new BigDecimal("2.8000"))).isTrue();
		assertThat(BottomRange.contains(Scale.FIVE_LEVEL, new BigDecimal("3"))).isFalse();
	}

	@Test
	void onlyACommentOrALowScoreNotYetTurnedCanBecomeARectificationItem() {
		assertThat(new Remark(1, "太慢", new BigDecimal("9"), false, false).rectifiable()).isTrue();
		assertThat(new Remark(2, null, new BigDecimal("3"), true, false).rectifiable()).isTrue();
		assertThat(new Remark(3, null, new BigDecimal("9"), false, false).rectifiable()).isFalse();
		assertThat(new Remark(4, "太慢", new BigDecimal("3"), true, true).rectifiable()).isFalse();
	}

}
