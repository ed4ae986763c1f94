package org.zhuqi.evaluation.scoring;

/**
 * What a voter scores each dimension on: whole numbers from {@link #lowest()} to {@link #highest()}, higher is
 * better. The five-level scale (五级评价) reads 5 = 非常满意 … 1 = 非常不满意 and is scored as those numbers.
 */
public enum Scale {

	/** 1 to 10 points. */
	TEN_POINT(1, 10),

	/** Five levels, scored 1 (非常不满意) to 5 (非常满意). */
	FIVE_LEVEL(1, 5);

	private final int lowest;

	private final int highest;

	Scale(int lowest, int highest) {
		this.lowest = lowest;
		this.highest = highest;
	}

	public int lowest() {
		return lowest;
	}

	public int highest() {
		return highest;
	}

	public boolean accepts(int score) {
		return score >= lowest && score <= highest;
	}

}
