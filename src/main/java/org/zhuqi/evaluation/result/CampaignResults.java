package org.zhuqi.evaluation.result;

import java.util.List;

/**
 * A campaign's results, each list best first.
 *
 * @param eligibleVoters voters holding a credential that is not revoked
 * @param voters distinct voters who cast at least one ballot
 * @param ballots all ballots
 * @param live the live group ranked
 * @param online the online group ranked
 * @param all every department ranked together
 */
public record CampaignResults(long campaignId, int eligibleVoters, int voters, int ballots,
		List<DepartmentResult> live, List<DepartmentResult> online, List<DepartmentResult> all) {
}
