package org.zhuqi.policy.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A grant as stored (see {@link Grants}): the approved benefit of one enterprise under one policy.
 *
 * @param amount yuan with fen
 * @param noticeId the public notice (公示) it was put on, once it was
 * @param payableOn the first day it may be paid, once its notice period ended undisputed
 */
public record Grant(long id, long policyId, long enterpriseId, Long applicationId, GrantSource source,
		BigDecimal amount, GrantStatus status, Long noticeId, String approvedBy, OffsetDateTime approvedAt,
		LocalDate payableOn, int version) {

	static final String COLUMNS = "id, policy_id, enterprise_id, application_id, source, amount, status, notice_id,"
			+ " approved_by, approved_at, payable_on, version";

}
