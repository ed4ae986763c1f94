package org.zhuqi.policy.payout;

/**
 * What a ledger entry is: a PAYMENT of a grant (positive amount, sent to the bank in a batch), or a REVERSAL
 * (冲正) of a paid payment (negative amount, the same size, with a reason). The net paid is the sum of the
 * amounts of all PAID entries.
 */
public enum PayoutKind {

	PAYMENT, REVERSAL

}
