package org.zhuqi.evaluation.result;

import java.math.BigDecimal;

import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.scoring.Tally;

/**
 * One department's result.
 *
 * @param position its place in its group (the live group's order of reports)
 * @param tally its ballots, mean and trimmed mean
 * @param participation its ballots divided by the campaign's eligible voters, four decimals half up;
 * {@code null} without eligible voters
 * @param groupRank its rank within its group, {@code null} without ballots
 * @param overallRank its rank among all departments of the campaign, {@code null} without ballots
 */
public record DepartmentResult(long departmentId, String name, DepartmentGroup group, int position, Tally tally,
		BigDecimal participation, Integer groupRank, Integer overallRank) {

	/** The department's score: the trimmed mean. */
	public BigDecimal score() {
		return tally.score();
	}

}
