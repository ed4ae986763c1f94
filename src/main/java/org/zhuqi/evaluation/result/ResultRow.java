package org.zhuqi.evaluation.result;

import java.math.BigDecimal;

import org.zhuqi.evaluation.campaign.DepartmentGroup;

/**
 * One department's figures as pages, exports and the published snapshot show them.
 *
 * @param name the department's name as shown (at publishing time, for published results)
 * @param position its place in its group (the live group's order of reports)
 * @param eligibleVoters the campaign's eligible voters when counted
 * @param weighted the mean of its ballot scores (each weighted by the rubric), {@code null} without ballots
 * @param trimmed the trimmed mean: its score, {@code null} without ballots
 * @param trimmedEachSide how many ballots the trimmed mean dropped from each end
 * @param participation ballots / eligible voters, four decimals, {@code null} without eligible voters
 * @param groupRank its rank in its group, {@code null} without ballots
 * @param overallRank its rank among all departments, {@code null} without ballots
 */
public record ResultRow(long departmentId, String name, DepartmentGroup group, int position, int ballots,
		int eligibleVoters, BigDecimal weighted, BigDecimal trimmed, int trimmedEachSide, BigDecimal participation,
		Integer groupRank, Integer overallRank) {

	static ResultRow of(DepartmentResult result, int eligibleVoters) {
		return new ResultRow(result.departmentId(), result.name(), result.group(), result.position(),
				result.tally().ballots(), eligibleVoters, result.tally().mean(), result.tally().trimmedMean(),
				result.tally().trimmedEachSide(), result.participation(), result.groupRank(), result.overallRank());
	}

	public boolean live() {
		return group == DepartmentGroup.LIVE;
	}

}
