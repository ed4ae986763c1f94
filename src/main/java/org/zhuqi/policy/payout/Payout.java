package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One entry of the payout ledger (兑现台账) as stored in {@code policy_payout}.
 *
 * @param amount yuan with fen: positive for a payment, negative for a reversal
 * @param attempt 1 for the first payment of a grant, 2 for the retry after a failure, ...
 * @param idempotencyKey {@code G<grant>-A<attempt>} for a payment, {@code R<payment>} for a reversal; the
 * bank file and the bank's result file carry it
 * @param reversesId the payment a reversal reverses
 * @param batchId the bank batch of a payment
 * @param bankReference the bank's reference of a paid transfer
 * @param reason why a reversal was made
 */
public record Payout(long id, long grantId, PayoutKind kind, BigDecimal amount, PayoutStatus status, int attempt,
		String idempotencyKey, Long reversesId, Long batchId, String bankReference, LocalDate paidOn,
		String failureReason, String reason, String createdBy, OffsetDateTime createdAt) {

	static final String COLUMNS = "id, grant_id, kind, amount, status, attempt, idempotency_key, reverses_id, batch_id,"
			+ " bank_reference, paid_on, failure_reason, reason, created_by, created_at";

	public boolean isPaidPayment() {
		return kind == PayoutKind.PAYMENT && status == PayoutStatus.PAID;
	}

}
