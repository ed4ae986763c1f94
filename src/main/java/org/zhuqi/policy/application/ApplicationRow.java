package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One application in a list (the enterprise's own, the review queue, the API).
 *
 * @param approvedAmount the grant's amount once approved, else {@code null}
 * @param submittedAt the first submission, {@code null} for a draft never submitted
 */
public record ApplicationRow(long id, long policyId, String policyTitle, long departmentId, String departmentName,
		long enterpriseId, String enterpriseName, ApplicationStatus status, BigDecimal approvedAmount,
		OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
