package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Validated, normalised policy details: text stripped, a blank summary or full text as empty text (a draft may
 * lack them), the budget in yuan with fen (zero when not yet known) and the amount rule built from the fields
 * of the chosen kind (those of the other kind are ignored). Made from a {@link PolicyForm} after Bean
 * Validation passed.
 */
public record PolicyDetails(String title, String documentNo, long departmentId, String summary, String body,
		LocalDate validFrom, LocalDate validUntil, BenefitKind benefitKind, BigDecimal budget, AmountRule amountRule,
		boolean noApplication) {

	public static PolicyDetails from(PolicyForm form) {
		AmountRule rule = form.getAmountKind() == AmountRule.Kind.FIXED ? AmountRule.fixed(form.getFixedAmount())
				: AmountRule.percentOf(form.getPercent(), form.getPercentOf(), form.getAmountCap());
		BigDecimal budget = form.getBudget() == null ? BigDecimal.ZERO : form.getBudget();
		return new PolicyDetails(form.getTitle().strip(), form.getDocumentNo().strip(), form.getDepartmentId(),
				text(form.getSummary()), text(form.getBody()), form.getValidFrom(), form.getValidUntil(),
				form.getBenefitKind(), budget.setScale(2, RoundingMode.UNNECESSARY), rule, form.isNoApplication());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

}
