package org.zhuqi.demand.problem;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.RectificationRequested;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationRectificationsTests {

	@Test
	void aCommentBecomesTheDescriptionWithTheBallotScoreAndNoVoter() {
		RectificationRequested requested = new RectificationRequested(42, 7, "千家企业评部门", "2026 上半年", 3, "办事效率需要提高",
				new BigDecimal("5.0000"), 10, "dept-3");
		assertThat(EvaluationRectifications.origin(42)).isEqualTo("evaluation-rectification:42");
		assertThat(EvaluationRectifications.title(requested)).isEqualTo("评议整改：2026 上半年 千家企业评部门");
		assertThat(EvaluationRectifications.description(requested)).startsWith("企业意见：办事效率需要提高")
			.contains("5 / 10");
	}

	@Test
	void aLowScoreWithoutCommentIsDescribedByItsScore() {
		RectificationRequested requested = new RectificationRequested(43, 7, "千家企业评部门", "2026 上半年", 3, null,
				new BigDecimal("2.4000"), 5, "admin");
		assertThat(EvaluationRectifications.description(requested)).startsWith("企业评议低分。").contains("2.4 / 5");
	}

}
