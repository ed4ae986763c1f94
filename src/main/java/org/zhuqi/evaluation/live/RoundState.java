package org.zhuqi.evaluation.live;

/** Where a live department's voting round (投票轮次) stands. */
public enum RoundState {

	/** Not opened yet: the department has not been voted on. */
	WAITING,

	/** Open: ballots are taken until the countdown ends or the host closes it. */
	OPEN,

	/** Closed by the host or by the end of its countdown (本轮投票已结束); it is never opened again. */
	CLOSED

}
