package org.zhuqi.evaluation.result;

import java.math.BigDecimal;

/**
 * A ballot a department sees in its results: its comment (if any) and its weighted score, without anything
 * about the voter, the channel or the time.
 *
 * @param ballotId the reference for turning it into a rectification item
 * @param comment the comment, {@code null} for a low ballot without one
 * @param low whether its score is in the {@link BottomRange bottom range}
 * @param rectified whether a rectification item was already asked for
 */
public record Remark(long ballotId, String comment, BigDecimal score, boolean low, boolean rectified) {

	/** Every comment and every low score may become a rectification item, once. */
	public boolean rectifiable() {
		return !rectified && (comment != null || low);
	}

}
