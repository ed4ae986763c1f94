package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many applications were submitted, approved and rejected (drafts never submitted do not count).
 */
public record ApplicationTotals(long applications, long approved, long rejected) {

	/** Approved among decided (approved or rejected), 0 to 1 with four decimals; 0 when none was decided. */
	public BigDecimal approvalRate() {
		long decided = approved + rejected;
		return decided == 0 ? BigDecimal.ZERO.setScale(4)
				: BigDecimal.valueOf(approved).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
	}

}
