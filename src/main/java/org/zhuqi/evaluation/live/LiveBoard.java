package org.zhuqi.evaluation.live;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignDepartment;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.live.ScreenView.Standing;
import org.zhuqi.evaluation.result.DepartmentResult;
import org.zhuqi.evaluation.result.Scoreboard;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.ScoreList;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RecordNotFoundException;

/**
 * Reads a live session for its pages and event streams: the {@link ScreenView big screen's view}, a
 * {@link VoterView voter's view} and the host's {@link RoundRow rows}. Ballots are only counted here, except for
 * the departments whose rounds have closed: their ballots are final, so their scores and the running ranking are
 * computed by the {@link Scoreboard} once and kept until another round closes. A campaign's rules and live group
 * are frozen once it is open, so they are kept too.
 */
@Service
public class LiveBoard {

	private final Campaigns campaigns;

	private final LiveSessions sessions;

	private final Directory directory;

	private final VoterRoll roll;

	private final Ledger ledger;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Map<Long, Stage> stages = new ConcurrentHashMap<>();

	private final Map<Long, Ranking> rankings = new ConcurrentHashMap<>();

	LiveBoard(Campaigns campaigns, LiveSessions sessions, Directory directory, VoterRoll roll, Ledger ledger,
			JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.sessions = sessions;
		this.directory = directory;
		this.roll = roll;
		this.ledger = ledger;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What does not change in an open campaign: its names, rules and live group in order. */
	private record Stage(String name, String periodLabel, List<CampaignDepartment> live, Map<Long, String> names,
			Rubric rubric, Aggregation aggregation) {

		List<Long> lineup() {
			return live.stream().map(CampaignDepartment::departmentId).toList();
		}

	}

	/** The running ranking for one set of closed rounds and their ballot count. */
	private record Ranking(String key, List<Standing> standings) {
	}

	@Transactional(readOnly = true)
	public ScreenView screen(long campaignId) {
		Stage stage = stage(campaignId);
		Instant now = clock.instant();
		int eligible = roll.eligibleVoters(campaignId);
		Optional<LiveSession> found = sessions.findByCampaignId(campaignId);
		if (found.isEmpty()) {
			return new ScreenView(campaignId, stage.name(), stage.periodLabel(), null, null, null, Display.ROUND, 0,
					stage.live().size(), null, null, RoundState.WAITING, null, now.toEpochMilli(), 0, eligible, null,
					List.of(), null, null);
		}
		LiveSession session = found.get();
		long department = session.currentDepartment(stage.lineup());
		RoundState round = session.roundState(department, now);
		String score = null;
		List<Standing> ranking = List.of();
		Long ledgerSeq = null;
		String ledgerHash = null;
		if (round == RoundState.CLOSED || session.getDisplay() == Display.RESULTS) {
			ranking = ranking(campaignId, stage, session, now);
			score = ranking.stream()
				.filter(standing -> standing.departmentId() == department)
				.findFirst()
				.map(Standing::score)
				.orElse(null);
			Optional<LedgerHead> head = ledger.head(campaignId);
			ledgerSeq = head.map(LedgerHead::seq).orElse(null);
			ledgerHash = head.map(LedgerHead::hash).orElse(null);
		}
		return new ScreenView(campaignId, stage.name(), stage.periodLabel(), session.getId(), session.getVersion(),
				session.getStatus(), session.getDisplay(), session.getPosition(), stage.live().size(), department,
				stage.names().get(department), round, endsAt(session, department, round), now.toEpochMilli(),
				ballots(campaignId, department), eligible, score, ranking, ledgerSeq, ledgerHash);
	}

	/**
	 * A voter's view.
	 * @param voterKey the voter's key, to say whether their ballot for the current department is in; {@code null}
	 * for the view every voter's event stream gets
	 */
	@Transactional(readOnly = true)
	public VoterView voter(long campaignId, String voterKey) {
		Stage stage = stage(campaignId);
		int lowest = stage.rubric().scale().lowest();
		int highest = stage.rubric().scale().highest();
		Instant now = clock.instant();
		Optional<LiveSession> found = sessions.findByCampaignId(campaignId);
		if (found.isEmpty()) {
			return new VoterView(campaignId, stage.name(), false, false, 0, stage.live().size(), null, null,
					RoundState.WAITING, null, now.toEpochMilli(), lowest, highest, voterKey == null ? null : false);
		}
		LiveSession session = found.get();
		long department = session.currentDepartment(stage.lineup());
		RoundState round = session.roundState(department, now);
		Boolean voted = voterKey == null ? null : voted(campaignId, department, voterKey);
		return new VoterView(campaignId, stage.name(), true, session.getStatus() == SessionStatus.PAUSED,
				session.getPosition(), stage.live().size(), department, stage.names().get(department), round,
				endsAt(session, department, round), now.toEpochMilli(), lowest, highest, voted);
	}

	/** How many dimensions the campaign's rubric has: a single score counts for each. */
	public int dimensions(long campaignId) {
		return stage(campaignId).rubric().dimensions().size();
	}

	/** The live group with each department's round and ballots, for the host. */
	@Transactional(readOnly = true)
	public List<RoundRow> rounds(long campaignId) {
		Stage stage = stage(campaignId);
		Instant now = clock.instant();
		Optional<LiveSession> session = sessions.findByCampaignId(campaignId);
		Map<Long, Integer> counts = new HashMap<>();
		jdbc.sql("select department_id, count(*) from evaluation_ballot where campaign_id = :campaign group by department_id")
			.param("campaign", campaignId)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		List<RoundRow> rows = new ArrayList<>();
		for (CampaignDepartment rated : stage.live()) {
			long id = rated.departmentId();
			RoundState state = session.map(s -> s.roundState(id, now)).orElse(RoundState.WAITING);
			boolean current = session.map(s -> s.getPosition() == rated.position()).orElse(false);
			rows.add(new RoundRow(rated.position(), id, stage.names().get(id), state, counts.getOrDefault(id, 0),
					current));
		}
		return rows;
	}

	private static Long endsAt(LiveSession session, long department, RoundState round) {
		return round == RoundState.OPEN ? session.round(department).map(r -> r.end().toEpochMilli()).orElse(null)
				: null;
	}

	private int ballots(long campaignId, long departmentId) {
		return jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :campaign and department_id = :department")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.query(Integer.class)
			.single();
	}

	private boolean voted(long campaignId, long departmentId, String voterKey) {
		return jdbc.sql("""
				select count(*) from evaluation_ballot
				where campaign_id = :campaign and department_id = :department and voter_key = :voter""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The departments whose rounds have closed, ranked by score (ties share a rank, as in the published
	 * results); recomputed only when another round has closed or their ballot count differs.
	 */
	private List<Standing> ranking(long campaignId, Stage stage, LiveSession session, Instant now) {
		List<CampaignDepartment> closed = stage.live()
			.stream()
			.filter(rated -> session.roundState(rated.departmentId(), now) == RoundState.CLOSED)
			.toList();
		if (closed.isEmpty()) {
			return List.of();
		}
		List<Long> ids = closed.stream().map(CampaignDepartment::departmentId).toList();
		int count = jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :campaign and department_id in (:ids)")
			.param("campaign", campaignId)
			.param("ids", ids)
			.query(Integer.class)
			.single();
		String key = ids + "#" + count;
		Ranking cached = rankings.get(campaignId);
		if (cached != null && cached.key().equals(key)) {
			return cached.standings();
		}
		Scoreboard board = new Scoreboard(stage.rubric(), stage.aggregation(), closed);
		jdbc.sql("select department_id, scores from evaluation_ballot where campaign_id = :campaign and department_id in (:ids)")
			.param("campaign", campaignId)
			.param("ids", ids)
			.query(rs -> {
				board.add(rs.getLong(1), ScoreList.split(rs.getString(2)));
			});
		List<Standing> standings = board.results(campaignId, stage.names(), 0, 0)
			.live()
			.stream()
			.map(LiveBoard::standing)
			.toList();
		rankings.put(campaignId, new Ranking(key, standings));
		return standings;
	}

	private static Standing standing(DepartmentResult result) {
		BigDecimal score = result.score();
		return new Standing(result.groupRank(), result.departmentId(), result.name(),
				score == null ? null : score.toPlainString(), result.tally().ballots());
	}

	private Stage stage(long campaignId) {
		Stage kept = stages.get(campaignId);
		if (kept != null) {
			return kept;
		}
		Campaign campaign = campaign(campaignId);
		List<CampaignDepartment> live = campaign.departments()
			.stream()
			.filter(rated -> rated.groupKind() == DepartmentGroup.LIVE)
			.toList();
		Stage stage = new Stage(campaign.getName(), campaign.getPeriodLabel(), live,
				directory.departmentNames(live.stream().map(CampaignDepartment::departmentId).toList()),
				campaign.rubric(), campaign.aggregation());
		if (campaign.getStatus() != CampaignStatus.DRAFT) {
			stages.put(campaignId, stage);
		}
		return stage;
	}

	private Campaign campaign(long campaignId) {
		return campaigns.findById(campaignId)
			.orElseThrow(() -> new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId));
	}

}
