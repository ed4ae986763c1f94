package org.zhuqi.evaluation.live;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotOutcome;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class LiveSessionIntegrationTests {

	private static final List<Integer> SCORES = List.of(8, 9, 7, 10);

	@Autowired
	LiveHost host;

	@Autowired
	LiveBoard board;

	@Autowired
	BallotBox box;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long first;

	long second;

	long online;

	long campaignId;

	List<String> tokens;

	@BeforeEach
	void setUp() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		first = fixture.department("区发改局");
		second = fixture.department("区经信局");
		online = fixture.department("区住建局");
		Campaign campaign = fixture.draft(List.of(first, second), List.of(online));
		tokens = fixture.voters(campaign.getId(), 5);
		campaignId = fixture.open(campaign).getId();
	}

	@Test
	void takesLiveBallotsOnlyWhileTheDepartmentsRoundIsOpen() {
		assertThat(cast(tokens.get(0), first, key()).verdict()).as("before the session").isEqualTo(BallotVerdict.NOT_YET_OPEN);
		host.start(campaignId, CENTRE);
		assertThat(cast(tokens.get(0), first, key()).verdict()).as("round waiting").isEqualTo(BallotVerdict.NOT_YET_OPEN);
		assertThat(cast(tokens.get(0), online, key()).accepted()).as("online departments have no rounds").isTrue();

		host.act(campaignId, HostAction.OPEN_VOTING, null, 60, CENTRE);
		String key = key();
		BallotOutcome accepted = cast(tokens.get(0), first, key);
		assertThat(accepted.accepted()).isTrue();
		assertThat(cast(tokens.get(1), second, key()).verdict()).as("the next department's round")
			.isEqualTo(BallotVerdict.NOT_YET_OPEN);

		host.act(campaignId, HostAction.CLOSE_VOTING, null, null, CENTRE);
		assertThat(cast(tokens.get(1), first, key()).verdict()).as("after the close").isEqualTo(BallotVerdict.CLOSED);
		assertThat(cast(tokens.get(0), first, key)).as("a retry of an accepted ballot").isEqualTo(accepted);
		assertThat(ballots(first)).isEqualTo(1);
	}

	@Test
	void aRoundWhoseCountdownHasRunOutRefusesBallots() {
		host.start(campaignId, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 10, CENTRE);
		OffsetDateTime anHourAgo = OffsetDateTime.now(clock).minusHours(1);
		jdbc.sql("update evaluation_live_round set opened_at = :opened, ends_at = :ends where department_id = :department")
			.param("opened", anHourAgo)
			.param("ends", anHourAgo.plusSeconds(10))
			.param("department", first)
			.update();
		assertThat(cast(tokens.get(0), first, key()).verdict()).isEqualTo(BallotVerdict.CLOSED);
		assertThat(board.screen(campaignId).round()).isEqualTo(RoundState.CLOSED);
	}

	@Test
	void theBoardCountsBallotsAndRanksClosedRounds() {
		host.start(campaignId, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 60, CENTRE);
		cast(tokens.get(0), first, key());
		cast(tokens.get(1), first, key(), 9, 9, 9, 9);
		ScreenView open = board.screen(campaignId);
		assertThat(open.round()).isEqualTo(RoundState.OPEN);
		assertThat(open.ballots()).isEqualTo(2);
		assertThat(open.eligible()).isEqualTo(5);
		assertThat(open.endsAt()).isNotNull();
		assertThat(open.score()).as("no score while voting").isNull();

		host.act(campaignId, HostAction.CLOSE_VOTING, null, null, CENTRE);
		ScreenView closed = board.screen(campaignId);
		assertThat(closed.score()).isEqualTo("8.7500");
		assertThat(closed.ranking()).extracting(ScreenView.Standing::departmentId).containsExactly(first);
		assertThat(closed.ledgerSeq()).isEqualTo(2L);

		host.act(campaignId, HostAction.NEXT, null, null, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 60, CENTRE);
		cast(tokens.get(0), second, key(), 10, 10, 10, 10);
		host.act(campaignId, HostAction.CLOSE_VOTING, null, null, CENTRE);
		ScreenView both = board.screen(campaignId);
		assertThat(both.ranking()).extracting(ScreenView.Standing::departmentId).containsExactly(second, first);
		assertThat(both.ranking()).extracting(ScreenView.Standing::rank).containsExactly(1, 2);
		assertThat(board.rounds(campaignId)).extracting(RoundRow::ballots).containsExactly(2, 1);
	}

	@Test
	void refusesAHostActionOnAStaleVersionAndAuditsEveryAction() {
		LiveSession started = host.start(campaignId, CENTRE);
		assertThat(host.start(campaignId, CENTRE).getId()).as("a double click").isEqualTo(started.getId());
		host.act(campaignId, HostAction.OPEN_VOTING, started.getVersion(), 60, CENTRE);
		assertThatThrownBy(() -> host.act(campaignId, HostAction.CLOSE_VOTING, started.getVersion(), null, CENTRE))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> host.act(campaignId, HostAction.NEXT, null, null, CENTRE))
			.isInstanceOf(RefusedActionException.class);
		assertThat(jdbc.sql("""
				select action from audit_entry where subject_type = 'evaluation-campaign' and subject_id = :id
				order by id""")
			.param("id", campaignId)
			.query(String.class)
			.list()).containsSubsequence("opened", "live-started", "live-round-opened");
	}

	@Test
	void onlyTheServiceCentreHostsTheSession() {
		Viewer department = Viewer.department("dept", first);
		assertThatThrownBy(() -> host.start(campaignId, department)).isInstanceOf(AccessDeniedException.class);
		host.start(campaignId, CENTRE);
		assertThatThrownBy(() -> host.act(campaignId, HostAction.OPEN_VOTING, null, 60, department))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDraftCampaignHasNoSession() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		Campaign draft = fixture.draft(List.of(first), List.of());
		assertThatThrownBy(() -> host.start(draft.getId(), CENTRE)).isInstanceOfSatisfying(RefusedActionException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.live.campaignNotOpen"));
	}

	private BallotOutcome cast(String token, long department, String key, Integer... scores) {
		List<Integer> given = scores.length == 0 ? SCORES : List.of(scores);
		return box.cast(new BallotRequest(campaignId, department, token, given, null, Channel.PHONE, key));
	}

	private int ballots(long department) {
		return jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :c and department_id = :d")
			.param("c", campaignId)
			.param("d", department)
			.query(Integer.class)
			.single();
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
