package org.zhuqi.policy.payout;

/**
 * Why a line of a bank result file was not applied; each has the message {@code policy.payout.problem.<NAME>}.
 */
public enum LineProblem {

	/** Too few fields, or a quote left open. */
	MALFORMED,
	/** The status is neither SUCCESS nor FAIL. */
	BAD_STATUS,
	/** The paid date is missing on a success, or is no date. */
	BAD_DATE,
	/** The amount is given but is no amount with at most two decimals. */
	BAD_AMOUNT,
	/** A success without the bank's reference. */
	NO_REFERENCE,
	/** A failure without its reason. */
	NO_REASON,
	/** No ledger entry has the key. */
	UNKNOWN_KEY,
	/** The amount given differs from the ledger's. */
	AMOUNT_MISMATCH,
	/** The key names a reversal. */
	NOT_A_PAYMENT,
	/** The entry already has this result (an earlier line or file): not applied twice. */
	DUPLICATE,
	/** The entry already has the other result: a paid payment never changes. */
	CONFLICT

}
