package org.zhuqi.evaluation.question;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignForm;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Questions before the live session and the presenter vote: voters (known only by their voter key) ask and vote
 * while the campaign is a draft or open and its live session has not started; the service centre reads and
 * hides questions (audited) and, while the campaign is a draft, makes the vote's top departments the live group.
 */
@Service
class Questions {

	static final String AUDIT_TYPE = "evaluation-question";

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final CampaignSetup setup;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	Questions(JdbcClient jdbc, Campaigns campaigns, CampaignSetup setup, Directory directory, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.setup = setup;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A live department as its voter sees it, with the number of questions this voter asked. */
	record Asking(long departmentId, String name, int asked) {

		public boolean full() {
			return asked >= QuestionRules.PER_DEPARTMENT;
		}

	}

	/** A department the voter may pick, and whether it did. */
	record Choice(long departmentId, String name, boolean picked) {
	}

	/** The voter's page: whether it may still ask and vote, the live departments, the choices. */
	record VoterSide(long campaignId, String campaignName, boolean accepting, int slots, List<Asking> live,
			List<Choice> choices, boolean voted) {
	}

	/** A question as the service centre lists it. */
	record QuestionRow(long id, long departmentId, String departmentName, String body, Instant askedAt,
			boolean hidden, String hiddenBy, String hiddenReason) {
	}

	@Transactional(readOnly = true)
	VoterSide voterSide(long campaignId, String voterKey) {
		Campaign campaign = find(campaignId);
		Map<Long, String> names = names(campaign);
		Map<Long, Integer> asked = new HashMap<>();
		jdbc.sql("""
				select department_id, count(*) from evaluation_question
				where campaign_id = :campaign and voter_key = :key group by department_id""")
			.param("campaign", campaignId)
			.param("key", voterKey)
			.query(rs -> {
				asked.put(rs.getLong(1), rs.getInt(2));
			});
		Set<Long> picked = new HashSet<>(picks(campaignId, voterKey));
		List<Asking> live = campaign.liveDepartmentIds()
			.stream()
			.map(id -> new Asking(id, names.get(id), asked.getOrDefault(id, 0)))
			.toList();
		List<Choice> choices = order(campaign).stream()
			.map(id -> new Choice(id, names.get(id), picked.contains(id)))
			.toList();
		return new VoterSide(campaignId, campaign.getName(), accepting(campaign), slots(campaign), live, choices,
				!picked.isEmpty());
	}

	/** Stores a question of the voter for a live department. */
	@Transactional
	void ask(long campaignId, String voterKey, Long departmentId, String text) {
		Campaign campaign = find(campaignId);
		requireAccepting(campaign);
		if (departmentId == null || !campaign.liveDepartmentIds().contains(departmentId)) {
			throw new RejectedFieldException("departmentId", "evaluation.question.department.notLive");
		}
		String body = QuestionRules.body(text);
		int asked = jdbc.sql("""
				select count(*) from evaluation_question
				where campaign_id = :campaign and department_id = :department and voter_key = :key""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("key", voterKey)
			.query(Integer.class)
			.single();
		// the unique (campaign, department, voter key, seq) refuses a concurrent fourth question
		jdbc.sql("""
				insert into evaluation_question (campaign_id, department_id, voter_key, seq, body, asked_at)
				values (:campaign, :department, :key, :seq, :body, :at)""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("key", voterKey)
			.param("seq", QuestionRules.nextSeq(asked))
			.param("body", body)
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	/** Stores or replaces the voter's presenter vote. */
	@Transactional
	void vote(long campaignId, String voterKey, List<Long> departmentIds) {
		Campaign campaign = find(campaignId);
		requireAccepting(campaign);
		List<Long> picks = QuestionRules.picks(departmentIds, Set.copyOf(order(campaign)), slots(campaign));
		jdbc.sql("delete from evaluation_presenter_vote where campaign_id = :campaign and voter_key = :key")
			.param("campaign", campaignId)
			.param("key", voterKey)
			.update();
		jdbc.sql("insert into evaluation_presenter_vote (campaign_id, voter_key, voted_at) values (:campaign, :key, :at)")
			.param("campaign", campaignId)
			.param("key", voterKey)
			.param("at", OffsetDateTime.now(clock))
			.update();
		for (Long department : picks) {
			jdbc.sql("""
					insert into evaluation_presenter_pick (campaign_id, voter_key, department_id)
					values (:campaign, :key, :department)""")
				.param("campaign", campaignId)
				.param("key", voterKey)
				.param("department", department)
				.update();
		}
	}

	@Transactional(readOnly = true)
	Campaign campaign(long campaignId, Viewer viewer) {
		return setup.get(campaignId, viewer);
	}

	/** The campaign's questions, newest first, optionally of one department and containing a text. */
	@Transactional(readOnly = true)
	Page<QuestionRow> search(long campaignId, Long departmentId, String text, Pageable pageable, Viewer viewer) {
		Campaign campaign = setup.get(campaignId, viewer);
		Map<Long, String> names = names(campaign);
		StringBuilder where = new StringBuilder(" where campaign_id = :campaign");
		Map<String, Object> params = new HashMap<>();
		params.put("campaign", campaignId);
		if (departmentId != null) {
			where.append(" and department_id = :department");
			params.put("department", departmentId);
		}
		if (text != null && !text.isBlank()) {
			where.append(" and lower(body) like :text");
			params.put("text", "%" + text.strip().toLowerCase() + "%");
		}
		long total = jdbc.sql("select count(*) from evaluation_question" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<QuestionRow> rows = jdbc.sql("""
				select id, department_id, body, asked_at, hidden_at, hidden_by, hidden_reason
				from evaluation_question""" + where + " order by department_id, id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> new QuestionRow(rs.getLong("id"), rs.getLong("department_id"),
					names.get(rs.getLong("department_id")), rs.getString("body"),
					rs.getObject("asked_at", OffsetDateTime.class).toInstant(), rs.getObject("hidden_at") != null,
					rs.getString("hidden_by"), rs.getString("hidden_reason")))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Hides an inappropriate question from the host, with the reason audited. */
	@Transactional
	void hide(long campaignId, long questionId, String reason, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 200) {
			throw new RejectedFieldException("reason", "evaluation.question.hide.reason", 200);
		}
		int hidden = jdbc.sql("""
				update evaluation_question set hidden_at = :at, hidden_by = :by, hidden_reason = :reason
				where id = :id and campaign_id = :campaign and hidden_at is null""")
			.param("at", OffsetDateTime.now(clock))
			.param("by", viewer.username())
			.param("reason", why)
			.param("id", questionId)
			.param("campaign", campaignId)
			.update();
		if (hidden == 0) {
			throw new RecordNotFoundException(AUDIT_TYPE, questionId);
		}
		audit.record(viewer.username(), AUDIT_TYPE, questionId, "hidden", "campaign " + campaignId + ": " + why);
	}

	/** The presenter vote's tally. */
	@Transactional(readOnly = true)
	PresenterTally tally(long campaignId, Viewer viewer) {
		return tally(setup.get(campaignId, viewer));
	}

	/** Makes the vote's top departments the live group (in order of votes) and the rest online; drafts only. */
	@Transactional
	void applyTally(long campaignId, Viewer viewer) {
		Campaign campaign = setup.get(campaignId, viewer);
		if (campaign.getStatus() != CampaignStatus.DRAFT) {
			throw new RefusedActionException("evaluation.campaign.notDraft", campaign.getName());
		}
		PresenterTally tally = tally(campaign);
		if (tally.voters() == 0) {
			throw new RefusedActionException("evaluation.question.vote.none");
		}
		CampaignForm form = CampaignForm.of(campaign, clock.getZone());
		form.setLiveDepartmentIds(tally.live());
		form.setOnlineDepartmentIds(tally.online());
		setup.revise(campaignId, form, viewer);
	}

	private PresenterTally tally(Campaign campaign) {
		Map<Long, Integer> votes = new HashMap<>();
		jdbc.sql("""
				select department_id, count(*) from evaluation_presenter_pick
				where campaign_id = :campaign group by department_id""")
			.param("campaign", campaign.getId())
			.query(rs -> {
				votes.put(rs.getLong(1), rs.getInt(2));
			});
		int voters = jdbc.sql("select count(*) from evaluation_presenter_vote where campaign_id = :campaign")
			.param("campaign", campaign.getId())
			.query(Integer.class)
			.single();
		return PresenterTally.of(order(campaign), names(campaign), votes, slots(campaign), voters);
	}

	private List<Long> picks(long campaignId, String voterKey) {
		return jdbc.sql("""
				select department_id from evaluation_presenter_pick
				where campaign_id = :campaign and voter_key = :key""")
			.param("campaign", campaignId)
			.param("key", voterKey)
			.query(Long.class)
			.list();
	}

	private Campaign find(long campaignId) {
		return campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
	}

	/** Open to questions and votes: a draft or open campaign whose live session has not started. */
	private boolean accepting(Campaign campaign) {
		CampaignStatus status = campaign.getStatus();
		if (status != CampaignStatus.DRAFT && status != CampaignStatus.OPEN) {
			return false;
		}
		return jdbc.sql("select count(*) from evaluation_live_session where campaign_id = :campaign")
			.param("campaign", campaign.getId())
			.query(Integer.class)
			.single() == 0;
	}

	private void requireAccepting(Campaign campaign) {
		if (!accepting(campaign)) {
			throw new RefusedActionException("evaluation.question.closed");
		}
	}

	/** The live group's size: how many departments report in person. */
	private static int slots(Campaign campaign) {
		return campaign.liveDepartmentIds().size();
	}

	/** All departments of the campaign in current order: live group, then online group. */
	private static List<Long> order(Campaign campaign) {
		List<Long> order = new java.util.ArrayList<>(campaign.liveDepartmentIds());
		order.addAll(campaign.onlineDepartmentIds());
		return order;
	}

	private Map<Long, String> names(Campaign campaign) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (CampaignDepartment rated : campaign.departments()) {
			names.put(rated.departmentId(), directory.department(rated.departmentId())
				.map(DepartmentRef::name)
				.orElse(String.valueOf(rated.departmentId())));
		}
		return names;
	}

}
