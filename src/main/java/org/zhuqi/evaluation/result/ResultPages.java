package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		Optional<PublishedSnapshot> snapshot = snapshot(campaign);
		if (!viewer.isAdmin() && snapshot.isEmpty()) {
			throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
		}
		ResultSheet sheet = snapshot.map(s -> publishedSheet(campaign, s)).orElseGet(() -> computedSheet(campaign, viewer));
		return departmentSheets(campaign, sheet, snapshot, departmentId).get(0);
	}

	/** Every department's results in the overall ranking's order, for the exports: the campaign read once. */
	@Transactional(readOnly = true)
	List<DepartmentSheet> departments(long campaignId, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		Campaign campaign = find(campaignId);
		if (campaign.getStatus() == CampaignStatus.DRAFT) {
			throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
		}
		Optional<PublishedSnapshot> snapshot = snapshot(campaign);
		ResultSheet sheet = snapshot.map(s -> publishedSheet(campaign, s)).orElseGet(() -> computedSheet(campaign, viewer));
		return departmentSheets(campaign, sheet, snapshot, null);
	}

	/**
	 * The department pages of one department, or of all ({@code only == null}) in the overall ranking's order:
	 * distributions from the snapshot when published, else counted; comments and low ballots from the ballots.
	 */
	private List<DepartmentSheet> departmentSheets(Campaign campaign, ResultSheet sheet,
			Optional<PublishedSnapshot> snapshot, Long only) {
		Rubric rubric = campaign.rubric();
		Map<Long, List<StoredBallot>> ballots = new HashMap<>();
		ballots(campaign.getId(), only).forEach(b -> ballots.computeIfAbsent(b.departmentId(), d -> new ArrayList<>()).add(b));
		Map<Long, Distributions> counted = new HashMap<>();
		if (snapshot.isPresent()) {
			published.distributions(snapshot.get().publicationId(), only, rubric)
				.forEach((department, distributions) -> counted.put(department, distributions));
		}
		else {
			ballots.forEach((department, list) -> {
				Distributions counter = new Distributions(rubric);
				list.forEach(ballot -> counter.add(ScoreList.split(ballot.scores())));
				counted.put(department, counter);
			});
		}
		List<DepartmentSheet> sheets = new ArrayList<>();
		for (ResultRow row : sheet.all()) {
			if (only != null && row.departmentId() != only) {
				continue;
			}
			List<Remark> comments = new ArrayList<>();
			List<Remark> low = new ArrayList<>();
			for (StoredBallot ballot : ballots.getOrDefault(row.departmentId(), List.of())) {
				BigDecimal score = rubric.ballotScore(ScoreList.split(ballot.scores()));
				Remark remark = new Remark(ballot.id(), ballot.comment(), score,
						BottomRange.contains(rubric.scale(), score), ballot.rectified());
				if (remark.comment() != null) {
					comments.add(remark);
				}
				else if (remark.low()) {
					low.add(remark);
				}
			}
			comments.sort(Comparator.comparing(Remark::comment)
				.thenComparing(Remark::score)
				.thenComparingLong(Remark::ballotId));
			low.sort(Comparator.comparing(Remark::score).thenComparingLong(Remark::ballotId));
			List<DimensionDistribution> distributions = counted
				.getOrDefault(row.departmentId(), new Distributions(rubric))
				.result();
			sheets.add(new DepartmentSheet(sheet, row, distributions, comments, low, BottomRange.limit(rubric.scale())));
		}
		return sheets;
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
		return snapshot(campaign).map(s -> publishedSheet(campaign, s)).orElseGet(() -> computedSheet(campaign, viewer));
	}

	/** The current snapshot of a published campaign; none for any other status. */
	private Optional<PublishedSnapshot> snapshot(Campaign campaign) {
		return campaign.getStatus() == CampaignStatus.PUBLISHED ? published.of(campaign.getId()) : Optional.empty();
	}

	private ResultSheet computedSheet(Campaign campaign, Viewer viewer) {
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

	/** The stored ballots of one department, or of all ({@code only == null}). */
	private List<StoredBallot> ballots(long campaignId, Long only) {
		String oneDepartment = only == null ? "" : " and b.department_id = :department";
		return jdbc.sql("""
				select b.department_id, b.id, b.scores, b.comment, r.id as rectification
				from evaluation_ballot b left join evaluation_rectification r on r.ballot_id = b.id
				where b.campaign_id = :campaign""" + oneDepartment)
			.param("campaign", campaignId)
			.param("department", only)
			.query((rs, row) -> new StoredBallot(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5) != null))
			.list();
	}

	private Campaign find(long id) {
		return campaigns.findById(id).orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, id));
	}

	private record StoredBallot(long departmentId, long id, String scores, String comment, boolean rectified) {
	}

}
