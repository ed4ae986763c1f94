package org.zhuqi.evaluation.campaign;

/** Whether a campaign takes ballots at a given moment. */
public enum VotingState {

	/** A draft, or open but before its rating window. */
	NOT_YET_OPEN,

	/** Open and within its rating window. */
	OPEN,

	/** Closed or published, or open but past its rating window. */
	CLOSED

}
