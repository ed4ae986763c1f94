package org.zhuqi.evaluation.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotOutcome;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignForm;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.DimensionForm;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.result.ResultsPublisher;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.ClockReplay;
import org.zhuqi.system.DemoMode;

/**
 * In demo mode, on an empty campaign table, plays the article's half-year exam through the module's own
 * services: the centre drafts the 2026 上半年 campaign (20 units report live, 52 are graded online, 1,032
 * enterprise representatives), issues credentials, opens it; the host runs the meeting round by round while
 * the representatives press on their phones; they grade the online group over the next days; the centre
 * closes the campaign and publishes its results. All of it on a {@link ClockReplay replayed clock} at the dates
 * it would have happened, so timestamps, the audit history and the ledger read as a real campaign. Then a
 * second campaign, 2026 下半年,
 * is opened and left ready for a live session, its voter links written to a local file (demo only: in real
 * use credentials are printed or sent once and never stored). The first campaign's steps commit one by one,
 * as the ballot box commits every ballot before it answers; a failure is logged and leaves the campaign where
 * it stopped (the next start sees a campaign and loads nothing).
 */
@Component
@Order(40)
class EvaluationDemoSeeder implements ApplicationRunner {

	static final long SEED = 20260710L;

	/** The article: 1,032 enterprise representatives in the hall. */
	static final int VOTERS = 1032;

	/** The 20 units that report at the meeting, in order: those enterprises deal with most. */
	static final List<String> LIVE = List.of("QFZX", "JXJ", "FGJ", "KJJ", "SHWJ", "SCJGJ", "SWJ", "RSJ", "CZJ",
			"XZFW", "SJZYJ", "TCJ", "JRB", "ZGFJ", "STHJ", "ZJJ", "RCB", "YJJ", "XFDD", "GAFJ");

	static final String FIRST_NAME = "千家企业评部门";

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoSeeder.class);

	private static final Viewer CENTRE = Viewer.admin("admin");

	private final DemoMode demo;

	private final Directory directory;

	private final CampaignSetup setup;

	private final VoterRoll roll;

	private final LiveHost host;

	private final BallotBox box;

	private final ResultsPublisher publisher;

	private final ClockReplay replay;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final int voters;

	private final boolean background;

	private final String linksFile;

	EvaluationDemoSeeder(DemoMode demo, Directory directory, CampaignSetup setup, VoterRoll roll, LiveHost host,
			BallotBox box, ResultsPublisher publisher, ClockReplay replay, Clock clock, JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${zhuqi.demo.evaluation-voters:" + VOTERS + "}") int voters,
			@Value("${zhuqi.demo.evaluation-in-background:true}") boolean background,
			@Value("${zhuqi.demo.voter-links-file:data/demo-voter-links.csv}") String linksFile) {
		this.demo = demo;
		this.directory = directory;
		this.setup = setup;
		this.roll = roll;
		this.host = host;
		this.box = box;
		this.publisher = publisher;
		this.replay = replay;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.voters = voters;
		this.background = background;
		this.linksFile = linksFile;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (voters > 0) {
			demo.launch("demo-evaluation", background, this::seed);
		}
	}

	private void seed() {
		long started = System.nanoTime();
		try {
			Long existing = jdbc.sql("select count(*) from evaluation_campaign").query(Long.class).single();
			if (existing > 0) {
				return;
			}
			Optional<District> district = district();
			if (district.isEmpty()) {
				log.warn("Demo campaigns not loaded: the demo directory lacks its units or enterprises");
				return;
			}
			// not in one transaction: the ballot box commits each batch of ballots before it answers
			Held held = holdFirst(district.get());
			Ready ready = transaction.execute(status -> prepareSecond(district.get()));
			log.info("Demo campaigns loaded in {} ms: {} with {} ballots, published; campaign {} open for a live session "
					+ "({} voters)", (System.nanoTime() - started) / 1_000_000, held.name(), held.ballots(),
					ready.campaignId(), ready.issued().size());
			writeLinks(ready);
		}
		catch (DataAccessException | UncheckedIOException ex) {
			log.error("Demo campaigns not (fully) loaded; an empty campaign table is filled at the next start", ex);
		}
		finally {
			replay.end();
		}
	}

	/** The units of the two groups and the voters' enterprises (the demo enterprise login's own among them). */
	record District(List<Long> live, List<Long> online, List<Long> enterprises) {
	}

	/** What the first campaign came to. */
	record Held(String name, int ballots) {
	}

	/** The second campaign and the credentials issued for it. */
	record Ready(long campaignId, List<IssuedCredential> issued) {
	}

	private Optional<District> district() {
		Map<String, Long> units = new HashMap<>();
		List<Long> online = new ArrayList<>();
		for (DepartmentRef department : directory.activeDepartments()) {
			units.put(department.code(), department.id());
			if (!LIVE.contains(department.code())) {
				online.add(department.id());
			}
		}
		List<Long> live = LIVE.stream().filter(units::containsKey).map(units::get).toList();
		List<EnterpriseRef> paired = directory.pairedEnterprises();
		if (live.size() < LIVE.size() || online.isEmpty() || paired.isEmpty()) {
			return Optional.empty();
		}
		List<Long> enterprises = new ArrayList<>(paired.stream().map(EnterpriseRef::id).toList());
		Long own = enterprises.get(0);
		Collections.shuffle(enterprises, new Random(SEED));
		List<Long> chosen = new ArrayList<>(enterprises.subList(0, Math.min(voters, enterprises.size())));
		if (!chosen.contains(own)) {
			chosen.set(chosen.size() - 1, own);
		}
		return Optional.of(new District(live, online, chosen));
	}

	private Held holdFirst(District district) {
		at(LocalDateTime.of(2026, 6, 20, 10, 0));
		Campaign campaign = setup.create(form("2026 上半年", LocalDateTime.of(2026, 7, 10, 9, 0),
				LocalDateTime.of(2026, 7, 20, 18, 0), district), CENTRE);
		long id = campaign.getId();
		at(LocalDateTime.of(2026, 6, 25, 15, 30));
		roll.enrol(id, district.enterprises().stream().map(e -> new Enrolment(e, null)).toList(), CENTRE);
		at(LocalDateTime.of(2026, 6, 28, 9, 15));
		Map<Long, String> tokens = new HashMap<>();
		roll.issueCredentials(id, CENTRE).forEach(issued -> tokens.put(issued.enterpriseId(), issued.token()));
		List<String> byVoter = district.enterprises().stream().map(tokens::get).toList();
		at(LocalDateTime.of(2026, 7, 10, 8, 30));
		campaign = setup.open(id, null, CENTRE);
		BallotPlanner.Plan plan = new BallotPlanner(SEED, campaign.rubric().dimensions().size()).plan(district.live(),
				district.online(), byVoter.size(), instant(LocalDateTime.of(2026, 7, 10, 14, 10)),
				instant(LocalDateTime.of(2026, 7, 10, 17, 30)), instant(LocalDateTime.of(2026, 7, 20, 17, 30)));
		at(LocalDateTime.of(2026, 7, 10, 14, 0));
		host.start(id, CENTRE);
		int cast = 0;
		for (int r = 0; r < plan.rounds().size(); r++) {
			BallotPlanner.Round round = plan.rounds().get(r);
			if (r > 0) {
				replay.set(round.opensAt().minusSeconds(30));
				host.act(id, HostAction.NEXT, null, null, CENTRE);
			}
			replay.set(round.opensAt());
			host.act(id, HostAction.OPEN_VOTING, null, BallotPlanner.VOTE_SECONDS, CENTRE);
			cast += cast(id, round.ballots(), byVoter, Channel.PHONE);
			replay.set(round.closesAt().minusMillis(500));
			host.act(id, HostAction.CLOSE_VOTING, null, null, CENTRE);
			replay.set(round.closesAt().plusSeconds(20));
			host.act(id, HostAction.SHOW_RESULTS, null, null, CENTRE);
		}
		cast += cast(id, plan.online(), byVoter, Channel.ONLINE);
		at(LocalDateTime.of(2026, 7, 21, 9, 0));
		setup.close(id, null, CENTRE);
		at(LocalDateTime.of(2026, 7, 24, 10, 0));
		publisher.publish(id, null, CENTRE);
		return new Held(campaign.getPeriodLabel() + " " + campaign.getName(), cast);
	}

	private int cast(long campaignId, List<BallotPlanner.PlannedBallot> ballots, List<String> tokens, Channel channel) {
		int accepted = 0;
		for (BallotPlanner.PlannedBallot ballot : ballots) {
			replay.set(ballot.at());
			BallotOutcome outcome = box.cast(new BallotRequest(campaignId, ballot.departmentId(),
					tokens.get(ballot.voter()), ballot.scores(), ballot.comment(), channel,
					"demo-" + ballot.voter() + "-" + ballot.departmentId()));
			if (outcome.accepted()) {
				accepted++;
			}
			else {
				log.warn("Demo ballot refused: {}", outcome.verdict());
			}
		}
		return accepted;
	}

	private Ready prepareSecond(District district) {
		replay.end();
		LocalDate today = LocalDate.now(clock);
		Campaign campaign = setup.create(form("2026 下半年", today.atTime(8, 0), today.plusDays(30).atTime(18, 0),
				district), CENTRE);
		long id = campaign.getId();
		roll.enrol(id, district.enterprises().stream().map(e -> new Enrolment(e, null)).toList(), CENTRE);
		List<IssuedCredential> issued = roll.issueCredentials(id, CENTRE);
		setup.open(id, null, CENTRE);
		return new Ready(id, issued);
	}

	private void writeLinks(Ready ready) {
		List<IssuedCredential> issued = ready.issued();
		if (linksFile.isBlank() || issued.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder("enterprise,link\n");
		issued.forEach(voter -> csv.append('"').append(voter.enterpriseName().replace("\"", "\"\""))
			.append("\",/vote/")
			.append(voter.token())
			.append('\n'));
		try {
			Path path = Path.of(linksFile);
			if (path.getParent() != null) {
				Files.createDirectories(path.getParent());
			}
			Files.writeString(path, csv, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Demo live session ready: host console /evaluations/{}/live; voter links (demo only) in {}, e.g. /vote/{}",
				ready.campaignId(), linksFile, issued.get(0).token());
	}

	private CampaignForm form(String period, LocalDateTime opens, LocalDateTime closes, District district) {
		CampaignForm form = new CampaignForm();
		form.setName(FIRST_NAME);
		form.setPeriodLabel(period);
		form.setScale(Scale.TEN_POINT);
		form.setTrimPercent(new BigDecimal("5"));
		form.setOpensAt(opens);
		form.setClosesAt(closes);
		form.setDimensions(List.of(new DimensionForm("服务态度", "Attitude", new BigDecimal("30")),
				new DimensionForm("办事效率", "Efficiency", new BigDecimal("30")),
				new DimensionForm("政策落实", "Policy delivery", new BigDecimal("25")),
				new DimensionForm("廉洁自律", "Integrity", new BigDecimal("15"))));
		form.setLiveDepartmentIds(district.live());
		form.setOnlineDepartmentIds(district.online());
		return form;
	}

	private void at(LocalDateTime local) {
		replay.set(instant(local));
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(DISTRICT).toInstant();
	}

}
