package org.zhuqi.evaluation.ballot;

import java.util.Collections;
import java.util.List;

/**
 * One voter's ballot for one department as submitted.
 *
 * @param credential the voter's credential token (never logged: {@link #toString()} leaves it out)
 * @param scores one whole-number score per rubric dimension, in dimension order; a single-score channel (a
 * keypad press, one big button) repeats its score for every dimension, so the ballot score equals it
 * @param comment an optional comment
 * @param idempotencyKey chosen by the client for this ballot and kept for its retries
 * ({@value #IDEMPOTENCY_KEY_PATTERN}); a retry with the same key gets the same outcome
 */
public record BallotRequest(long campaignId, long departmentId, String credential, List<Integer> scores,
		String comment, Channel channel, String idempotencyKey) {

	public static final String IDEMPOTENCY_KEY_PATTERN = "[A-Za-z0-9_-]{8,64}";

	public static final int COMMENT_MAX = 500;

	/** The same score for every one of {@code dimensions} dimensions. */
	public static List<Integer> uniform(int score, int dimensions) {
		return Collections.nCopies(dimensions, score);
	}

	@Override
	public String toString() {
		return "BallotRequest[campaign=" + campaignId + ", department=" + departmentId + ", channel=" + channel
				+ ", scores=" + scores + ", idempotencyKey=" + idempotencyKey + "]";
	}

}
