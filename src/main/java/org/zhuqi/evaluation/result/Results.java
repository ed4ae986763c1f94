package org.zhuqi.evaluation.result;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.scoring.ScoreList;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * Computes a campaign's results from its stored ballots for the service centre (department views of their
 * own results come with publishing). Reads in one read-only transaction, so the figures agree with each other.
 */
@Service
public class Results {

	private final Campaigns campaigns;

	private final VoterRoll roll;

	private final Directory directory;

	private final JdbcClient jdbc;

	Results(Campaigns campaigns, VoterRoll roll, Directory directory, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.roll = roll;
		this.directory = directory;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public CampaignResults of(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
		List<CampaignDepartment> departments = campaign.departments();
		Scoreboard board = new Scoreboard(campaign.rubric(), campaign.aggregation(), departments);
		jdbc.sql("select department_id, scores from evaluation_ballot where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(rs -> {
				board.add(rs.getLong(1), ScoreList.split(rs.getString(2)));
			});
		int voters = jdbc.sql("select count(distinct voter_key) from evaluation_ballot where campaign_id = :campaign")
			.param("campaign", campaignId)
			.query(Integer.class)
			.single();
		return board.results(campaignId,
				directory.departmentNames(departments.stream().map(CampaignDepartment::departmentId).toList()),
				roll.eligibleVoters(campaignId), voters);
	}

}
