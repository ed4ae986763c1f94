package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.evaluation.RectificationRequested;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.ScoreList;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * Turns a ballot of a department's results into a rectification item (整改事项): a ballot with a comment, or one
 * whose score is in the {@link BottomRange bottom range}, once per ballot (the table's unique constraint holds it
 * against two clicks at once). Who may: the service centre once the campaign is closed, and the department itself
 * on its published results (the same scoping as its results page). Records the request, audits it on the
 * campaign and publishes {@link RectificationRequested}, which the problems module turns into a problem for
 * the department.
 */
@Service
class Rectifications {

	private final ResultPages pages;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rectifications(ResultPages pages, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	long request(long campaignId, long departmentId, long ballotId, Viewer viewer) {
		Campaign campaign = pages.readable(campaignId, departmentId, viewer);
		if (campaign.getStatus() != CampaignStatus.CLOSED && campaign.getStatus() != CampaignStatus.PUBLISHED) {
			throw new RefusedActionException("evaluation.results.rectify.notClosed", campaign.getName());
		}
		Ballot ballot = jdbc.sql("""
				select scores, comment from evaluation_ballot
				where id = :ballot and campaign_id = :campaign and department_id = :department""")
			.param("ballot", ballotId)
			.param("campaign", campaignId)
			.param("department", departmentId)
			.query((rs, row) -> new Ballot(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new RecordNotFoundException("evaluation-ballot", ballotId));
		Rubric rubric = campaign.rubric();
		BigDecimal score = rubric.ballotScore(ScoreList.split(ballot.scores()));
		if (ballot.comment() == null && !BottomRange.contains(rubric.scale(), score)) {
			throw new RefusedActionException("evaluation.results.rectify.notEligible");
		}
		boolean done = jdbc.sql("select count(*) from evaluation_rectification where ballot_id = :ballot")
			.param("ballot", ballotId)
			.query(Integer.class)
			.single() > 0;
		if (done) {
			throw new RefusedActionException("evaluation.results.rectify.already");
		}
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into evaluation_rectification (campaign_id, ballot_id, department_id, requested_by, requested_at)
				values (:campaign, :ballot, :department, :by, :at)""")
			.param("campaign", campaignId)
			.param("ballot", ballotId)
			.param("department", departmentId)
			.param("by", viewer.username())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKey().longValue();
		audit.record(viewer.username(), CampaignSetup.AUDIT_TYPE, campaignId, "rectification-requested",
				"department " + departmentId + ", item " + id);
		events.publishEvent(new RectificationRequested(id, campaignId, campaign.getName(), campaign.getPeriodLabel(),
				departmentId, ballot.comment(), score, rubric.scale().highest(), viewer.username()));
		return id;
	}

	private record Ballot(String scores, String comment) {
	}

}
