package org.zhuqi.policy.payout;

import java.math.BigDecimal;

/**
 * The sums over the entries a ledger filter selects.
 *
 * @param paid the sum of PAID entries (payments less reversals)
 * @param pending the sum of PENDING payments
 * @param failed the sum of FAILED payments
 */
public record LedgerTotals(long entries, BigDecimal paid, BigDecimal pending, BigDecimal failed) {
}
