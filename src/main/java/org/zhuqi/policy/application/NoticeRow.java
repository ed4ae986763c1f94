package org.zhuqi.policy.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One public notice (公示) in a list: the policy, the period, how many grants and how much in all.
 *
 * @param grants how many grants the notice lists
 * @param total their amount in all, yuan with fen
 */
public record NoticeRow(long id, long policyId, String policyTitle, String documentNo, String departmentName,
		LocalDate startsOn, LocalDate endsOn, int workingDays, OffsetDateTime publishedAt, long grants,
		java.math.BigDecimal total) {

	/** The period as a value, to ask whether it is open or ended on a day. */
	public NoticePeriod period() {
		return new NoticePeriod(startsOn, endsOn, workingDays);
	}

}
