package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A ledger entry for the list, with its grant's policy and enterprise and whether it was reversed. */
public record LedgerRow(long id, String idempotencyKey, PayoutKind kind, PayoutStatus status, BigDecimal amount,
		int attempt, Long batchId, String bankReference, LocalDate paidOn, String failureReason, String reason,
		Long reversesId, long grantId, long policyId, String policyTitle, long enterpriseId, String enterpriseName,
		boolean reversed) {

	/** Whether the service centre may reverse it now. */
	public boolean reversible() {
		return kind == PayoutKind.PAYMENT && status == PayoutStatus.PAID && !reversed;
	}

}
