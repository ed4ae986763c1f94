package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.GrantStatus;

/**
 * One grant on a public notice as the public page lists it: the enterprise's name and the amount, how the grant
 * came about and where it stands, and how many objections against it are pending.
 */
public record NoticeEntry(long grantId, long enterpriseId, String enterpriseName, BigDecimal amount,
		GrantSource source, GrantStatus status, LocalDate payableOn, long pendingObjections) {
}
