package org.zhuqi.evaluation.campaign;

import java.time.Instant;
import java.util.List;

import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Rubric;

/**
 * What a campaign is made of, normalised from the form: the rubric and aggregation already checked by their
 * own rules, the departments as ids; {@link Campaign} checks the rest.
 *
 * @param liveDepartmentIds the live group in the order the departments report
 * @param onlineDepartmentIds the online group in the order they are listed to voters
 */
public record CampaignDetails(String name, String periodLabel, Rubric rubric, Aggregation aggregation,
		Instant opensAt, Instant closesAt, List<Long> liveDepartmentIds, List<Long> onlineDepartmentIds) {

	public CampaignDetails {
		liveDepartmentIds = liveDepartmentIds == null ? List.of() : List.copyOf(liveDepartmentIds);
		onlineDepartmentIds = onlineDepartmentIds == null ? List.of() : List.copyOf(onlineDepartmentIds);
	}

}
