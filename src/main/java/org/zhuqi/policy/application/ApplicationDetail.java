package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.grant.GrantStatus;

/**
 * One application as its page and the API show it to a viewer, with its timeline and what the viewer may do.
 *
 * @param bankAccount the account number: in full (grouped) for the reviewing department and the centre, masked
 * for everybody else, {@code null} when not given yet
 * @param accountMasked whether {@code bankAccount} is masked
 * @param amountFigure the figure the policy's amount is a percentage of, or {@code null} for a fixed amount
 * @param computedAmount what the policy's amount rule gives for the declared figure, {@code null} when it cannot
 * be computed yet
 * @param grantStatus the status of the grant made on approval, {@code null} before
 * @param noticeId the public notice (公示) the grant is on, once it is
 */
public record ApplicationDetail(long id, long policyId, String policyTitle, String policyDocumentNo,
		long departmentId, String departmentName, long enterpriseId, String enterpriseName, ApplicationStatus status,
		List<DeclaredFigure> figures, String statement, String bankName, String accountHolder, String bankAccount,
		boolean accountMasked, Figure amountFigure, BigDecimal computedAmount, BigDecimal approvedAmount,
		String overrideReason, String decisionReason, Long grantId, GrantStatus grantStatus, Long noticeId,
		OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt, String decidedBy, int version,
		List<TimelineStep> timeline, boolean canEdit, boolean canWithdraw, boolean canReview) {

	/** The declared value of a figure, or {@code null}. */
	public BigDecimal figure(Figure figure) {
		return figures.stream().filter(f -> f.figure() == figure).map(DeclaredFigure::value).findFirst().orElse(null);
	}

}
