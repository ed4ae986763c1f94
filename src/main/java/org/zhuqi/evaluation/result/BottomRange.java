package org.zhuqi.evaluation.result;

import java.math.BigDecimal;

import org.zhuqi.evaluation.scoring.Scale;

/**
 * The bottom range of ballot scores (低分): a ballot whose score (the rubric's weighted score, exact) is below
 * {@value #PERCENT_OF_MAXIMUM}% of the scale's highest score — below 6 on the 1–10 scale, below 3 on the five
 * levels (i.e. 不满意 or worse on average). Such a ballot, like any ballot with a comment, can be turned into a
 * rectification item (整改事项) for its department.
 */
public final class BottomRange {

	public static final int PERCENT_OF_MAXIMUM = 60;

	private BottomRange() {
	}

	/** The score a ballot must stay below to be in the bottom range. */
	public static BigDecimal limit(Scale scale) {
		return BigDecimal.valueOf((long) scale.highest() * PERCENT_OF_MAXIMUM).movePointLeft(2);
	}

	public static boolean contains(Scale scale, BigDecimal ballotScore) {
		return ballotScore.compareTo(limit(scale)) < 0;
	}

}
