package org.zhuqi.policy.grant;

/**
 * Where a grant stands before payment: APPROVED (by review, or confirmed from the matched list of a 免申即享
 * policy) and waiting to be put on public notice; IN_NOTICE (公示) until its notice period ends; PAYABLE after
 * an undisputed notice period; WITHHELD when an objection raised during notice was upheld. Payment itself is
 * recorded in the payout ledger, not here.
 */
public enum GrantStatus {

	APPROVED, IN_NOTICE, PAYABLE, WITHHELD

}
