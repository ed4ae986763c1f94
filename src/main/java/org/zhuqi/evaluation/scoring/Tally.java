package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;

/**
 * One department's ballots counted by an {@link Aggregation}.
 *
 * @param ballots how many ballots it received
 * @param trimmedEachSide how many ballots were dropped from each end for the trimmed mean
 * @param mean the mean ballot score, {@code null} without ballots
 * @param trimmedMean the mean of the ballots left after trimming, {@code null} without ballots
 */
public record Tally(int ballots, int trimmedEachSide, BigDecimal mean, BigDecimal trimmedMean) {

	/** The department's score: the trimmed mean (the mean itself when nothing was trimmed). */
	public BigDecimal score() {
		return trimmedMean;
	}

	public boolean scored() {
		return ballots > 0;
	}

}
