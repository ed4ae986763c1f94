package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One well-formed line of the bank's result file (回盘文件).
 *
 * @param success SUCCESS (paid) or FAIL
 * @param paidOn the day the bank paid, on a success
 * @param failureReason the bank's reason, on a failure
 * @param amount the amount the bank reports, {@code null} when the file leaves it out
 */
public record ResultLine(int lineNo, String idempotencyKey, boolean success, String bankReference, LocalDate paidOn,
		String failureReason, BigDecimal amount) {
}
