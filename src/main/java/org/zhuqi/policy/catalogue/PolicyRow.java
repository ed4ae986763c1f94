package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A policy as the catalogue's pages and JSON API show it: its details, the issuing department's name, the amount
 * rule also in words ({@code amountText}, in the reader's language) and whether it is open today.
 *
 * @param body the full text; {@code null} in lists, which show the summary
 * @param open published and today within the validity period
 */
public record PolicyRow(long id, String title, String documentNo, long departmentId, String departmentName,
		String summary, String body, LocalDate validFrom, LocalDate validUntil, BenefitKind benefitKind,
		BigDecimal budget, AmountRule amountRule, String amountText, boolean noApplication, PolicyStatus status,
		Instant publishedAt, Instant closedAt, boolean open, int version) {

}
