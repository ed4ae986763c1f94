package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.ScoreList;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Reads results for the pages and exports, with the scoping visible here: the service centre sees any campaign
 * that is no longer a draft (published results from the snapshot, others computed and marked not published); a
 * department sees only its own department's page, and only of a published campaign (otherwise it looks absent);
 * everyone else is refused. Comments and low ballots carry no voter, channel or time.
 */
@Service
class ResultPages {

	private final Campaigns campaigns;

	private final Results results;

	private final PublishedResults published;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	ResultPages(Campaigns campaigns, Results results, PublishedResults published, Ledger ledger, JdbcClient jdbc) {
		this.campaigns = campaigns;
		this.results = results;
		this.published = published;
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	/** The whole campaign's results, for the service centre. */
	@Transactional(readOnly = true)
	ResultSheet sheet(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = find(campaignId);
		if (campaign.getStatus() == CampaignStatus.DRAFT) {
			throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
		}
		return sheetOf(campaign, viewer);
	}

	/** One department's results: the centre's, or the department's own once published. */
	@Transactional(readOnly = true)
	DepartmentSheet department(long campaignId, long departmentId, Viewer viewer) {
		Campaign campaign = readable(campaignId, departmentId, viewer);
		if (campaign.department(departmentId).isEmpty()) {
			throw new RecordNotFoundException("evaluation-department", departmentId);
		}
		ResultSheet sheet = viewer.isAdmin() ? sheetOf(campaign, viewer) : publishedSheet(campaign,
				published.of(campaignId).orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId)));
		ResultRow row = sheet.rows().stream().filter(r -> r.departmentId() == departmentId).findFirst().orElseThrow();
		Rubric rubric = campaign.rubric();
		List<DimensionDistribution> distributions;
		if (sheet.published()) {
			long publication = published.of(campaignId).orElseThrow().publicationId();
			distributions = published.distributions(publication, departmentId, rubric);
		}
		else {
			Distributions counter = new Distributions(rubric);
			ballots(campaignId, departmentId).forEach(ballot -> counter.add(ScoreList.split(ballot.scores())));
			distributions = counter.result();
		}
		List<Remark> comments = new ArrayList<>();
		List<Remark> low = new ArrayList<>();
		for (StoredBallot ballot : ballots(campaignId, departmentId)) {
			BigDecimal score = rubric.ballotScore(ScoreList.split(ballot.scores()));
			Remark remark = new Remark(ballot.id(), ballot.comment(), score, BottomRange.contains(rubric.scale(), score),
					ballot.rectified());
			if (remark.comment() != null) {
				comments.add(remark);
			}
			else if (remark.low()) {
				low.add(remark);
			}
		}
		comments.sort(Comparator.comparing(Remark::comment).thenComparing(Remark::score).thenComparingLong(Remark::ballotId));
		low.sort(Comparator.comparing(Remark::score).thenComparingLong(Remark::ballotId));
		return new DepartmentSheet(sheet, row, distributions, comments, low, BottomRange.limit(rubric.scale()));
	}

	/** The published campaigns a department user's department was rated in, newest first. */
	@Transactional(readOnly = true)
	List<PublishedCampaign> mine(Viewer viewer) {
		if (!viewer.is(Role.DEPARTMENT) || viewer.departmentId() == null) {
			throw new AccessDeniedException(viewer.username() + " has no department results");
		}
		return jdbc.sql("""
				select c.id, c.name, c.period_label, p.published_at
				from evaluation_campaign c
				join evaluation_publication p on p.campaign_id = c.id and p.withdrawn_at is null
				join evaluation_campaign_department d on d.campaign_id = c.id and d.department_id = :department
				where c.status = 'PUBLISHED'
				order by p.published_at desc, c.id desc""")
			.param("department", viewer.departmentId())
			.query((rs, row) -> new PublishedCampaign(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The campaign, if the viewer may read this department's results: the centre after the draft, the department
	 * itself once published (else 404, as if absent); other roles are refused.
	 */
	Campaign readable(long campaignId, long departmentId, Viewer viewer) {
		if (viewer.isAdmin()) {
			Campaign campaign = find(campaignId);
			if (campaign.getStatus() == CampaignStatus.DRAFT) {
				throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
			}
			return campaign;
		}
		if (!viewer.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException(viewer.username() + " may not read evaluation results");
		}
		Campaign campaign = find(campaignId);
		if (viewer.departmentId() == null || viewer.departmentId() != departmentId
				|| campaign.getStatus() != CampaignStatus.PUBLISHED) {
			throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
		}
		return campaign;
	}

	private ResultSheet sheetOf(Campaign campaign, Viewer viewer) {
		Optional<PublishedSnapshot> snapshot = campaign.getStatus() == CampaignStatus.PUBLISHED
				? published.of(campaign.getId()) : Optional.empty();
		if (snapshot.isPresent()) {
			return publishedSheet(campaign, snapshot.get());
		}
		CampaignResults computed = results.of(campaign.getId(), viewer);
		Optional<LedgerHead> head = ledger.head(campaign.getId());
		return new ResultSheet(campaign.getId(), campaign.getName(), campaign.getPeriodLabel(), campaign.getStatus(),
				campaign.getVersion(), campaign.rubric(), campaign.getTrimPercent(), false,
				head.map(LedgerHead::seq).orElse(null), head.map(LedgerHead::hash).orElse(null), null, null,
				computed.eligibleVoters(), computed.voters(), computed.ballots(),
				computed.all().stream().map(result -> ResultRow.of(result, computed.eligibleVoters())).toList());
	}

	private static ResultSheet publishedSheet(Campaign campaign, PublishedSnapshot snapshot) {
		return new ResultSheet(campaign.getId(), campaign.getName(), campaign.getPeriodLabel(), campaign.getStatus(),
				campaign.getVersion(), campaign.rubric(), campaign.getTrimPercent(), true, snapshot.ledgerSeq(),
				snapshot.ledgerHash(), snapshot.publishedAt(), snapshot.publishedBy(), snapshot.eligibleVoters(),
				snapshot.voters(), snapshot.ballots(), snapshot.rows());
	}

	private List<StoredBallot> ballots(long campaignId, long departmentId) {
		return jdbc.sql("""
				select b.id, b.scores, b.comment, r.id as rectification
				from evaluation_ballot b left join evaluation_rectification r on r.ballot_id = b.id
				where b.campaign_id = :campaign and b.department_id = :department""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.query((rs, row) -> new StoredBallot(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4) != null))
			.list();
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, id));
	}

	private record StoredBallot(long id, String scores, String comment, boolean rectified) {
	}

}
