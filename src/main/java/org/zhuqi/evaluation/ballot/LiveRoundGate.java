package org.zhuqi.evaluation.ballot;

import java.time.Instant;

import org.zhuqi.evaluation.campaign.VotingState;

/**
 * Whether a department of a campaign's live group takes ballots: only while its voting round in the live session
 * is open ({@link VotingState#NOT_YET_OPEN} before the host opens it, {@link VotingState#CLOSED} once it has
 * closed). The live session provides it; the ballot box asks it before and again after taking the ledger lock,
 * which the host also takes to open or close a round, so no ballot is accepted after a close has committed.
 */
public interface LiveRoundGate {

	/** The round's state at {@code now}, read afresh from the database. */
	VotingState votingState(long campaignId, long departmentId, Instant now);

}
