package org.zhuqi.policy.payout;

/**
 * Where a ledger entry stands: PENDING (in a bank batch, no result yet), then PAID or FAILED by the bank's
 * result. PAID and FAILED are final; a failed grant is paid by a new attempt (a new entry), a paid one can
 * only be reversed by a separate reversal entry (itself PAID when recorded).
 */
public enum PayoutStatus {

	PENDING, PAID, FAILED

}
