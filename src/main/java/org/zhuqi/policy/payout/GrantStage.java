package org.zhuqi.policy.payout;

/**
 * A grant's state in words for its list (message {@code policy.payout.stage.<NAME>}): the grant's own status
 * until it is in the ledger, then the ledger's: PAYING (in a bank batch), PAID (已兑现), FAILED (拨付失败, until a
 * retry), REVERSED (已冲正).
 */
public enum GrantStage {

	APPROVED, IN_NOTICE, PAYABLE, WITHHELD, PAYING, PAID, FAILED, REVERSED

}
