package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A payout batch (拨付批次) for lists, with the state of its payments now.
 *
 * @param policyId the policy it was limited to, {@code null} for every policy
 * @param retry whether it retried failed payments
 * @param total yuan with fen, the sum of its payments
 */
public record BatchRow(long id, Long policyId, String policyTitle, boolean retry, int lines, BigDecimal total,
		String createdBy, OffsetDateTime createdAt, int pending, int paid, int failed) {
}
