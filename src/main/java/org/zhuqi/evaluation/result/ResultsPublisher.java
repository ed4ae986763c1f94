package org.zhuqi.evaluation.result;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.ScoreList;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Publishes and unpublishes a closed campaign's results for the service centre. Publishing computes the results
 * once more and stores them as a frozen snapshot (every department's figures with its name as shown, the
 * distributions per dimension, the ledger head) in the same transaction as the status change; pages and exports
 * of published results read only the snapshot. Unpublishing, with a reason, returns the campaign to closed and
 * marks the snapshot withdrawn (kept as history, never shown again); publishing again takes a new snapshot.
 * Both check the campaign's version and are audited by {@link CampaignSetup}.
 */
@Service
public class ResultsPublisher {

	public static final int REASON_MAX = 500;

	private final CampaignSetup setup;

	private final Results results;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	ResultsPublisher(CampaignSetup setup, Results results, Ledger ledger, JdbcClient jdbc, JdbcTemplate batch,
			Clock clock) {
		this.setup = setup;
		this.results = results;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Publishes a closed campaign's results and returns the snapshot's id. */
	@Transactional
	public long publish(long campaignId, Integer version, Viewer viewer) {
		Campaign campaign = setup.publish(campaignId, version, viewer);
		CampaignResults computed = results.of(campaignId, viewer);
		LedgerHead head = ledger.head(campaignId)
			.orElseThrow(() -> new IllegalStateException("campaign " + campaignId + " has no ledger"));
		Instant now = clock.instant();
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into evaluation_publication (campaign_id, ledger_seq, ledger_hash, eligible_voters, voters, ballots,
				    published_at, published_by)
				values (:campaign, :seq, :hash, :eligible, :voters, :ballots, :at, :by)""")
			.param("campaign", campaignId)
			.param("seq", head.seq())
			.param("hash", head.hash())
			.param("eligible", computed.eligibleVoters())
			.param("voters", computed.voters())
			.param("ballots", computed.ballots())
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("by", viewer.username())
			.update(key, "id");
		long publication = key.getKey().longValue();
		storeRows(publication, computed);
		storeDistributions(publication, campaign);
		return publication;
	}

	/** Takes the results back: the campaign is closed again and its snapshot withdrawn with the reason. */
	@Transactional
	public void unpublish(long campaignId, Integer version, String reason, Viewer viewer) {
		String clean = reason == null ? "" : reason.strip();
		if (clean.isEmpty()) {
			throw new RejectedFieldException("reason", "evaluation.results.reason.required");
		}
		if (clean.length() > REASON_MAX) {
			throw new RejectedFieldException("reason", "evaluation.results.reason.overLimit", REASON_MAX);
		}
		setup.unpublish(campaignId, version, clean, viewer);
		jdbc.sql("""
				update evaluation_publication set withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :reason
				where campaign_id = :campaign and withdrawn_at is null""")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("by", viewer.username())
			.param("reason", clean)
			.param("campaign", campaignId)
			.update();
	}

	private void storeRows(long publication, CampaignResults computed) {
		List<Object[]> rows = new ArrayList<>();
		for (DepartmentResult result : computed.all()) {
			ResultRow row = ResultRow.of(result, computed.eligibleVoters());
			rows.add(new Object[] { publication, row.departmentId(), row.group().name(), row.position(),
					row.name() == null ? "#" + row.departmentId() : row.name(), row.ballots(), row.eligibleVoters(),
					row.weighted(), row.trimmed(), row.trimmedEachSide(), row.participation(), row.groupRank(),
					row.overallRank() });
		}
		batch.batchUpdate("""
				insert into evaluation_published_department (publication_id, department_id, group_kind, position,
				    department_name, ballots, eligible_voters, weighted, trimmed, trimmed_each_side, participation,
				    group_rank, overall_rank)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private void storeDistributions(long publication, Campaign campaign) {
		Rubric rubric = campaign.rubric();
		Map<Long, Distributions> byDepartment = new HashMap<>();
		for (CampaignDepartment rated : campaign.departments()) {
			byDepartment.put(rated.departmentId(), new Distributions(rubric));
		}
		jdbc.sql("select department_id, scores from evaluation_ballot where campaign_id = :campaign")
			.param("campaign", campaign.getId())
			.query(rs -> {
				byDepartment.get(rs.getLong(1)).add(ScoreList.split(rs.getString(2)));
			});
		List<Object[]> rows = new ArrayList<>();
		byDepartment.forEach((department, distributions) -> {
			List<DimensionDistribution> dimensions = distributions.result();
			for (int i = 0; i < dimensions.size(); i++) {
				DimensionDistribution dimension = dimensions.get(i);
				for (int score : dimension.scores()) {
					if (dimension.count(score) > 0) {
						rows.add(new Object[] { publication, department, i, score, dimension.count(score) });
					}
				}
			}
		});
		batch.batchUpdate("""
				insert into evaluation_published_distribution (publication_id, department_id, dimension, score, ballots)
				values (?, ?, ?, ?, ?)""", rows);
	}

}
