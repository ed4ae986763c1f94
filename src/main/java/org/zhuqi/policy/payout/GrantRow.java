package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant for the scoped grants list, with its state in words and its payment, if any. */
public record GrantRow(long id, long policyId, String policyTitle, String documentNo, long enterpriseId,
		String enterpriseName, String source, BigDecimal amount, GrantStage stage, LocalDate payableOn,
		LocalDate paidOn) {
}
