package org.zhuqi.evaluation.question;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of questions (length, three per department) and presenter picks (known, at most the slots). */
class QuestionRulesTests {

	@Test
	void trimsTheQuestionAndAcceptsFiveToThreeHundredCharacters() {
		assertThat(QuestionRules.body("  审批要多久？ ")).isEqualTo("审批要多久？");
		assertThat(QuestionRules.body("一二三四五")).hasSize(5);
		assertThat(QuestionRules.body("问".repeat(300))).hasSize(300);
	}

	@Test
	void refusesBlankShortAndLongQuestionsOnFieldBody() {
		assertThatThrownBy(() -> QuestionRules.body("   ")).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.question.body.required"));
		assertThatThrownBy(() -> QuestionRules.body("一二三四")).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> {
					assertThat(ex.field()).isEqualTo("body");
					assertThat(ex.code()).isEqualTo("evaluation.question.body.length");
					assertThat(ex.arguments()).containsExactly(5, 300);
				});
		assertThatThrownBy(() -> QuestionRules.body("问".repeat(301))).isInstanceOf(RejectedFieldException.class);
	}

	@Test
	void allowsThreeQuestionsPerDepartmentThenRefuses() {
		assertThat(QuestionRules.nextSeq(0)).isEqualTo(1);
		assertThat(QuestionRules.nextSeq(2)).isEqualTo(3);
		assertThatThrownBy(() -> QuestionRules.nextSeq(3)).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.question.limit"));
	}

	@Test
	void picksDropBlanksAndRepeatsAndKeepTheVotersOrder() {
		assertThat(QuestionRules.picks(Arrays.asList(3L, null, 1L, 3L), Set.of(1L, 2L, 3L), 2)).containsExactly(3L, 1L);
	}

	@Test
	void refusesEmptyUnknownAndTooManyPicks() {
		assertThatThrownBy(() -> QuestionRules.picks(List.of(), Set.of(1L), 1))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.code()).isEqualTo("evaluation.question.vote.empty"));
		assertThatThrownBy(() -> QuestionRules.picks(List.of(9L), Set.of(1L), 1))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.code()).isEqualTo("evaluation.departments.unknown"));
		assertThatThrownBy(() -> QuestionRules.picks(List.of(1L, 2L, 3L), Set.of(1L, 2L, 3L), 2))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.code()).isEqualTo("evaluation.question.vote.tooMany");
				assertThat(ex.arguments()).containsExactly(2);
			});
	}

}
