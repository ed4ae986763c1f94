package org.zhuqi.policy.payout;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;
import org.zhuqi.policy.PolicyFigures;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * The payout part of a policy's detail page ({@code policy/payout-panel.html}, as bean {@code @payoutPanel}):
 * amount paid so far, grants, budget used, and for an enterprise its own grant's state.
 */
@Component("payoutPanel")
public class PayoutPanel {

	private final PolicyFigures figures;

	private final PayoutQueries queries;

	PayoutPanel(PolicyFigures figures, PayoutQueries queries) {
		this.figures = figures;
		this.queries = queries;
	}

	/**
	 * What the panel shows.
	 *
	 * @param budgetUsedPercent amount paid as a percentage of the budget, two places; {@code null} for no budget
	 * @param ownStage the enterprise viewer's grant's state, {@code null} for other viewers or without a grant
	 */
	public record Panel(BigDecimal amountPaid, long grants, long enterprisesBenefited, BigDecimal budgetUsedPercent,
			GrantStage ownStage) {
	}

	public Panel of(PolicyRef policy, Viewer viewer) {
		PolicyFigures.ByPolicy row = figures.ofPolicy(policy.id())
			.orElseThrow(() -> new RecordNotFoundException("policy", policy.id()));
		BigDecimal used = row.budgetUsed() == null ? null : row.budgetUsed().movePointRight(2);
		GrantStage own = viewer != null && viewer.enterpriseId() != null
				? queries.stageOf(policy.id(), viewer.enterpriseId()) : null;
		return new Panel(row.amountPaid(), row.grants(), row.enterprisesBenefited(), used, own);
	}

}
