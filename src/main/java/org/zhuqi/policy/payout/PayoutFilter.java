package org.zhuqi.policy.payout;

/**
 * The ledger list's filter.
 *
 * @param q text in the enterprise's name or credit code, the idempotency key or the bank's reference
 * @param policy the policy's id
 * @param batch the batch's id
 */
public record PayoutFilter(String q, Long policy, PayoutStatus status, PayoutKind kind, Long batch) {

	public static PayoutFilter none() {
		return new PayoutFilter(null, null, null, null, null);
	}

}
