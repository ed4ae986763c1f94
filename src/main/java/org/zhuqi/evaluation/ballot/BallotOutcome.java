package org.zhuqi.evaluation.ballot;

import java.time.Instant;

/**
 * What the ballot box answered, with the receipt of an accepted ballot. A retry with the same idempotency key
 * gets an equal outcome.
 *
 * @param receipt where the accepted ballot sits in the ledger, {@code null} unless accepted
 */
public record BallotOutcome(BallotVerdict verdict, Receipt receipt) {

	static BallotOutcome accepted(Receipt receipt) {
		return new BallotOutcome(BallotVerdict.ACCEPTED, receipt);
	}

	static BallotOutcome refused(BallotVerdict verdict) {
		return new BallotOutcome(verdict, null);
	}

	public boolean accepted() {
		return verdict == BallotVerdict.ACCEPTED;
	}

	/**
	 * An accepted ballot's place in the ledger. For the system and its tests: pages must not show it to the
	 * voter, since entry and ledger together would let a voter prove to others how they voted.
	 */
	public record Receipt(long ledgerSeq, String entryHash, Instant acceptedAt) {
	}

}
