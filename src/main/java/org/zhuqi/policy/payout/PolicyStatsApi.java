package org.zhuqi.policy.payout;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.policy.PolicyFigures;

/**
 * {@code GET /api/v1/stats/policies}: the figures of 惠企政策, summed from the payout ledger when asked (see
 * {@link PolicyFigures}); public aggregates, for any signed-in user.
 */
@RestController
@Tag(name = "stats")
class PolicyStatsApi {

	private final PolicyFigures figures;

	private final Clock clock;

	PolicyStatsApi(PolicyFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	/** The district's figures with the breakdowns by policy and by issuing department. */
	record PolicyStats(Instant asOf, @JsonUnwrapped PolicyFigures.Summary summary, List<PolicyFigures.ByPolicy> byPolicy,
			List<PolicyFigures.ByDepartment> byDepartment) {
	}

	@GetMapping("/api/v1/stats/policies")
	@Operation(summary = "Figures of the benefit policies, from the payout ledger",
			description = "policiesOnline (published), policiesPaid and enterprisesBenefited (with a paid payment not "
					+ "reversed), amountPaid (string decimal, yuan with fen: paid payments less reversals), applications, "
					+ "approvalRate (0..1, four places, null when none), byPolicy and byDepartment.")
	PolicyStats policies() {
		return new PolicyStats(clock.instant(), figures.summary(), figures.byPolicy(), figures.byDepartment());
	}

}
