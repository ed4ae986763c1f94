package org.zhuqi.policy.payout;

import java.math.BigDecimal;

/**
 * One line of a bank batch file: a payment to make.
 *
 * @param lineNo 1-based within the batch
 * @param idempotencyKey the payment's key; the bank returns it in its result file
 * @param bankAccount the account the enterprise gave in its application, empty when there is none (免申即享, or
 * not known to the ledger yet): the bank pays to the account it holds for the credit code then
 * @param documentNo the policy's 文号, for the bank's purpose-of-payment field
 */
public record BatchLine(int lineNo, String idempotencyKey, String enterpriseName, String uscc, String bankAccount,
		BigDecimal amount, String documentNo) {
}
