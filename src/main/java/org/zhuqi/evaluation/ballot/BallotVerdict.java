package org.zhuqi.evaluation.ballot;

/**
 * The ballot box's answer, each with the message a voter sees. Only {@link #ACCEPTED} stored anything (or had
 * stored it before, for a retry); every other verdict wrote nothing. Invalid content (scores off the scale, a
 * missing dimension, an oversize comment) is refused as a field error instead.
 */
public enum BallotVerdict {

	/** Stored and appended to the ledger (已提交), now or by an earlier attempt with the same idempotency key. */
	ACCEPTED("evaluation.ballot.accepted"),

	/** The voter's ballot for this department was already stored, from another attempt. */
	ALREADY_VOTED("evaluation.ballot.alreadyVoted"),

	/** The campaign is a draft or its rating window has not begun. */
	NOT_YET_OPEN("evaluation.ballot.notYetOpen"),

	/** The campaign is closed or its rating window is over (本轮投票已结束). */
	CLOSED("evaluation.ballot.closed"),

	/** The department is not rated in this campaign. */
	NOT_RATED("evaluation.ballot.notRated"),

	/** The credential is not one of this campaign's. */
	UNKNOWN_CREDENTIAL("evaluation.ballot.unknownCredential"),

	/** The credential was revoked. */
	REVOKED_CREDENTIAL("evaluation.ballot.revokedCredential");

	private final String messageCode;

	BallotVerdict(String messageCode) {
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return messageCode;
	}

}
