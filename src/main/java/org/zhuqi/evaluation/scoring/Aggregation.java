package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.zhuqi.shared.RejectedFieldException;

/**
 * How a department's ballot scores become its score: the mean, and the trimmed mean that first drops the
 * highest and the lowest {@code trimPercent} of the ballots (去掉最高分最低分). The department's score is the
 * trimmed mean, which is the plain mean when nothing is trimmed.
 * <ul>
 * <li><b>How many are dropped:</b> {@code k = floor(n × trimPercent / 100)} ballots from each end, computed
 * exactly; with fewer ballots than it takes to reach one whole ballot nothing is dropped. Because
 * {@code trimPercent} is below 50, at least one ballot always remains.</li>
 * <li><b>Rounding:</b> the ballot scores are exact (see {@link Rubric}); each mean is the exact sum divided by the
 * count, rounded once to {@value #SCORE_SCALE} decimal places, half up. Nothing else is rounded.</li>
 * </ul>
 *
 * @param trimPercent the share trimmed from each end in percent, from 0 (no trimming) to below 50, at most two
 * decimals
 */
public record Aggregation(BigDecimal trimPercent) {

	public static final BigDecimal NONE = BigDecimal.ZERO;

	/** Trimming must leave the middle: below half from each end. */
	public static final BigDecimal TRIM_LIMIT = new BigDecimal("50");

	public static final int TRIM_SCALE = 2;

	/** Decimal places of every mean (department scores). */
	public static final int SCORE_SCALE = 4;

	public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	public Aggregation {
		if (trimPercent == null) {
			throw new RejectedFieldException("trimPercent", "evaluation.trim.required");
		}
		if (trimPercent.signum() < 0 || trimPercent.compareTo(TRIM_LIMIT) >= 0) {
			throw new RejectedFieldException("trimPercent", "evaluation.trim.range");
		}
		if (trimPercent.stripTrailingZeros().scale() > TRIM_SCALE) {
			throw new RejectedFieldException("trimPercent", "evaluation.trim.decimals", TRIM_SCALE);
		}
		trimPercent = trimPercent.setScale(TRIM_SCALE, RoundingMode.UNNECESSARY);
	}

	public static Aggregation untrimmed() {
		return new Aggregation(NONE);
	}

	public boolean trims() {
		return trimPercent.signum() > 0;
	}

	/** How many ballots are dropped from each end of {@code ballots}: {@code floor(ballots × trimPercent / 100)}. */
	public int trimmedEachSide(int ballots) {
		return BigDecimal.valueOf(ballots).multiply(trimPercent).divide(HUNDRED, 0, RoundingMode.FLOOR).intValueExact();
	}

	/** The mean, trimmed mean and count of one department's ballot scores (no ballots: no means). */
	public Tally tally(Collection<BigDecimal> ballotScores) {
		int count = ballotScores.size();
		if (count == 0) {
			return new Tally(0, 0, null, null);
		}
		List<BigDecimal> sorted = new ArrayList<>(ballotScores);
		sorted.sort(null);
		int dropped = trimmedEachSide(count);
		BigDecimal mean = mean(sorted);
		BigDecimal trimmed = dropped == 0 ? mean : mean(sorted.subList(dropped, count - dropped));
		return new Tally(count, dropped, mean, trimmed);
	}

	private static BigDecimal mean(List<BigDecimal> scores) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal score : scores) {
			sum = sum.add(score);
		}
		return sum.divide(BigDecimal.valueOf(scores.size()), SCORE_SCALE, ROUNDING);
	}

}
