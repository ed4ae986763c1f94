package org.zhuqi.evaluation.live;

/** What the big screen shows. */
public enum Display {

	/** The current department's round: ballots received, countdown, and its score once closed. */
	ROUND,

	/** The running ranking of the departments whose rounds have closed. */
	RESULTS

}
