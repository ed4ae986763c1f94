package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A policy as the rest of the module reads it (matching, applications, payouts): what it is, whose it is,
 * whether it is open and how much it gives.
 *
 * @param departmentId the issuing department, which reviews its applications
 * @param rule the eligibility rule as stored (JSON), {@code null} when every enterprise qualifies
 * @param noApplication 免申即享: grants come from the confirmed matched list, no application
 */
public record PolicyRef(long id, String title, String documentNo, long departmentId, PolicyStatus status,
		BenefitKind benefitKind, LocalDate validFrom, LocalDate validUntil, BigDecimal budget, AmountRule amountRule,
		boolean noApplication, String rule) {

	/** Whether the policy is published and the day lies within its validity period, so it takes applications. */
	public boolean isOpenOn(LocalDate day) {
		return status == PolicyStatus.PUBLISHED && !day.isBefore(validFrom) && !day.isAfter(validUntil);
	}

}
