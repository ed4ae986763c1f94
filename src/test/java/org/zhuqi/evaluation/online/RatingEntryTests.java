package org.zhuqi.evaluation.online;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RatingEntryTests {

	private static final Rubric RUBRIC = new Rubric(Scale.TEN_POINT,
			List.of(new Dimension("服务态度", "Attitude", new BigDecimal("50")),
					new Dimension("办事效率", "Efficiency", new BigDecimal("30")),
					new Dimension("廉洁自律", "Integrity", new BigDecimal("20"))));

	private static final List<String> NAMES = List.of("服务态度", "办事效率", "廉洁自律");

	@Test
	void aDraftKeepsChosenScoresAndLeavesTheRestOpen() {
		RatingEntry draft = RatingEntry.draft(RUBRIC, NAMES, Arrays.asList(8, null), "  很好  ");
		assertThat(draft.scores()).containsExactly(8, null, null);
		assertThat(draft.comment()).isEqualTo("很好");
		assertThat(draft.complete()).isFalse();
	}

	@Test
	void aDraftRefusesAScoreOffTheScaleNamingTheDimension() {
		assertThatThrownBy(() -> RatingEntry.draft(RUBRIC, NAMES, Arrays.asList(null, 11), null))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("scores[1]");
				assertThat(ex.code()).isEqualTo("evaluation.online.score.range");
				assertThat(ex.arguments()).containsExactly("办事效率", 1, 10);
			});
	}

	@Test
	void aSubmissionNeedsEveryDimension() {
		assertThatThrownBy(() -> RatingEntry.submission(RUBRIC, NAMES, List.of(8, 9), null))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("scores[2]");
				assertThat(ex.arguments()).containsExactly("廉洁自律");
			});
		assertThat(RatingEntry.submission(RUBRIC, NAMES, List.of(8, 9, 10), " ").complete()).isTrue();
	}

	@Test
	void moreScoresThanDimensionsAreRefused() {
		assertThatThrownBy(() -> RatingEntry.draft(RUBRIC, NAMES, List.of(1, 2, 3, 4), null))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("scores"));
	}

	@Test
	void aCommentOfAtMost500CharactersAfterTrimmingIsTaken() {
		assertThat(RatingEntry.draft(RUBRIC, NAMES, null, " " + "评".repeat(500) + " ").comment()).hasSize(500);
		assertThat(RatingEntry.draft(RUBRIC, NAMES, null, "   ").comment()).isNull();
		assertThatThrownBy(() -> RatingEntry.draft(RUBRIC, NAMES, null, "评".repeat(501)))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("comment");
				assertThat(ex.arguments()).containsExactly(500, 501);
			});
	}

	@Test
	void draftScoresRoundTripThroughTheirStoredText() {
		List<Integer> partial = Arrays.asList(8, null, 10);
		assertThat(Drafts.encode(partial)).isEqualTo("8,,10");
		assertThat(Drafts.decode("8,,10", 3)).isEqualTo(partial);
		assertThat(Drafts.decode(",,", 3)).containsExactly(null, null, null);
	}

	@Test
	void thePageIdempotencyKeyIsStablePerRaterAndDepartmentAndFitsTheBallotBox() {
		String key = OnlineRating.pageKey("a".repeat(64), 12);
		assertThat(key).isEqualTo(OnlineRating.pageKey("a".repeat(64), 12))
			.isNotEqualTo(OnlineRating.pageKey("a".repeat(64), 13))
			.matches("[A-Za-z0-9_-]{8,64}");
	}

	@Test
	void anAccountVoterKeyInputCannotBeAToken() {
		assertThat(RatingSignIn.accountKeyInput(7, 42)).isEqualTo("account:7:42").doesNotMatch("[A-Za-z0-9_-]{24}");
	}

}
