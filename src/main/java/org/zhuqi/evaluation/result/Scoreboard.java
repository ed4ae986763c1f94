package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Ranking;
import org.zhuqi.evaluation.scoring.Ranking.Ranked;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Tally;

/**
 * Counts a campaign's ballots in plain Java: feed it every ballot ({@link #add}), then read the
 * {@link #results results}. Each ballot's score comes from the {@link Rubric}, each department's tally from the
 * {@link Aggregation}; the groups and all departments are ranked by {@link Ranking} (ties share a rank, in the
 * campaign's order: the live group by order of reports, then the online group).
 */
public final class Scoreboard {

	private static final int RATE_SCALE = 4;

	private final Rubric rubric;

	private final Aggregation aggregation;

	private final List<CampaignDepartment> departments;

	private final Map<Long, List<BigDecimal>> scores = new HashMap<>();

	private int ballots;

	/**
	 * @param departments the rated departments, live group in order, then online group in order
	 */
	public Scoreboard(Rubric rubric, Aggregation aggregation, List<CampaignDepartment> departments) {
		this.rubric = rubric;
		this.aggregation = aggregation;
		this.departments = List.copyOf(departments);
		departments.forEach(rated -> scores.put(rated.departmentId(), new ArrayList<>()));
	}

	/** Counts one ballot; a department not rated in the campaign is refused. */
	public void add(long departmentId, List<Integer> ballotScores) {
		List<BigDecimal> department = scores.get(departmentId);
		if (department == null) {
			throw new IllegalArgumentException("department " + departmentId + " is not rated in this campaign");
		}
		department.add(rubric.ballotScore(ballotScores));
		ballots++;
	}

	/**
	 * The results.
	 * @param names department names by id
	 * @param eligibleVoters voters holding a valid credential
	 * @param voters distinct voters who cast a ballot
	 */
	public CampaignResults results(long campaignId, Map<Long, String> names, int eligibleVoters, int voters) {
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		departments.forEach(rated -> tallies.put(rated.departmentId(), aggregation.tally(scores.get(rated.departmentId()))));
		Function<CampaignDepartment, BigDecimal> score = rated -> tallies.get(rated.departmentId()).score();
		Map<Long, Integer> overall = ranks(Ranking.rank(departments, score));
		Map<Long, Integer> inGroup = new HashMap<>();
		for (DepartmentGroup group : DepartmentGroup.values()) {
			inGroup.putAll(ranks(Ranking.rank(inGroup(group), score)));
		}
		Map<Long, DepartmentResult> results = new HashMap<>();
		for (CampaignDepartment rated : departments) {
			long id = rated.departmentId();
			Tally tally = tallies.get(id);
			results.put(id, new DepartmentResult(id, names.get(id), rated.groupKind(), rated.position(), tally,
					rate(tally.ballots(), eligibleVoters), inGroup.get(id), overall.get(id)));
		}
		return new CampaignResults(campaignId, eligibleVoters, voters, ballots,
				ordered(Ranking.rank(inGroup(DepartmentGroup.LIVE), score), results),
				ordered(Ranking.rank(inGroup(DepartmentGroup.ONLINE), score), results),
				ordered(Ranking.rank(departments, score), results));
	}

	private List<CampaignDepartment> inGroup(DepartmentGroup group) {
		return departments.stream().filter(rated -> rated.groupKind() == group).toList();
	}

	private static Map<Long, Integer> ranks(List<Ranked<CampaignDepartment>> ranked) {
		Map<Long, Integer> ranks = new HashMap<>();
		ranked.forEach(entry -> ranks.put(entry.unit().departmentId(), entry.rank()));
		return ranks;
	}

	private static List<DepartmentResult> ordered(List<Ranked<CampaignDepartment>> ranked,
			Map<Long, DepartmentResult> results) {
		return ranked.stream().map(entry -> results.get(entry.unit().departmentId())).toList();
	}

	/** {@code part / whole} with four decimals half up; {@code null} when the whole is 0. */
	static BigDecimal rate(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATE_SCALE, Aggregation.ROUNDING);
	}

}
