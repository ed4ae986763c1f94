package org.zhuqi.evaluation.live;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveSessionTests {

	private static final List<Long> LINEUP = List.of(12L, 3L, 7L);

	private static final Instant T0 = Instant.parse("2026-06-30T01:30:00Z");

	private LiveSession session;

	@BeforeEach
	void start() {
		session = LiveSession.start(5, LINEUP, "host", T0);
	}

	@Test
	void startsAtTheFirstDepartmentWithNothingOpen() {
		assertThat(session.getStatus()).isEqualTo(SessionStatus.RUNNING);
		assertThat(session.getPosition()).isEqualTo(1);
		assertThat(session.currentDepartment(LINEUP)).isEqualTo(12L);
		assertThat(session.roundState(12L, T0)).isEqualTo(RoundState.WAITING);
		assertThat(session.openRound(T0)).isEmpty();
		assertThat(session.getVoteSeconds()).isEqualTo(LiveSession.DEFAULT_VOTE_SECONDS);
	}

	@Test
	void refusesToStartWithoutLiveDepartments() {
		assertThatThrownBy(() -> LiveSession.start(5, List.of(), "host", T0)).isInstanceOf(RefusedActionException.class)
			.hasMessage("evaluation.live.noLiveDepartments");
	}

	@Test
	void aRoundIsOpenUntilItsCountdownEnds() {
		session.openVoting(LINEUP, 60, T0);
		assertThat(session.roundState(12L, T0)).isEqualTo(RoundState.OPEN);
		assertThat(session.roundState(12L, T0.plusSeconds(59))).isEqualTo(RoundState.OPEN);
		assertThat(session.roundState(12L, T0.plusSeconds(60))).isEqualTo(RoundState.CLOSED);
		assertThat(session.openRound(T0.plusSeconds(30))).contains(12L);
		assertThat(session.openRound(T0.plusSeconds(60))).isEmpty();
		assertThat(session.getVoteSeconds()).isEqualTo(60);
	}

	@Test
	void theHostClosesARoundBeforeItsCountdownEnds() {
		session.openVoting(LINEUP, 60, T0);
		session.closeVoting(LINEUP, T0.plusSeconds(20));
		assertThat(session.roundState(12L, T0.plusSeconds(20))).isEqualTo(RoundState.CLOSED);
		assertThat(session.round(12L).orElseThrow().end()).isEqualTo(T0.plusSeconds(20));
	}

	@Test
	void aRoundIsNeverOpenedTwice() {
		session.openVoting(LINEUP, 60, T0);
		assertRefused(() -> session.openVoting(LINEUP, 60, T0.plusSeconds(1)), "evaluation.live.round.alreadyOpen");
		session.closeVoting(LINEUP, T0.plusSeconds(2));
		assertRefused(() -> session.openVoting(LINEUP, 60, T0.plusSeconds(3)), "evaluation.live.round.alreadyClosed");
		assertRefused(() -> session.closeVoting(LINEUP, T0.plusSeconds(3)), "evaluation.live.round.notOpen");
	}

	@Test
	void anExpiredRoundCannotBeClosedOrReopened() {
		session.openVoting(LINEUP, 10, T0);
		assertRefused(() -> session.closeVoting(LINEUP, T0.plusSeconds(10)), "evaluation.live.round.notOpen");
		assertRefused(() -> session.openVoting(LINEUP, 10, T0.plusSeconds(11)), "evaluation.live.round.alreadyClosed");
	}

	@Test
	void refusesACountdownOutsideItsBounds() {
		assertThatThrownBy(() -> session.openVoting(LINEUP, 9, T0)).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.field()).isEqualTo("seconds"));
		assertThatThrownBy(() -> session.openVoting(LINEUP, 601, T0)).isInstanceOf(RejectedFieldException.class);
		assertThat(session.round(12L)).isEmpty();
	}

	@Test
	void movesThroughTheLineupInOrderButNotPastEitherEnd() {
		assertRefused(() -> session.previous(LINEUP, T0), "evaluation.live.atFirst");
		session.next(LINEUP, T0);
		assertThat(session.currentDepartment(LINEUP)).isEqualTo(3L);
		session.next(LINEUP, T0);
		assertThat(session.currentDepartment(LINEUP)).isEqualTo(7L);
		assertRefused(() -> session.next(LINEUP, T0), "evaluation.live.atLast");
		session.previous(LINEUP, T0);
		assertThat(session.getPosition()).isEqualTo(2);
	}

	@Test
	void doesNotMovePauseOrShowResultsWhileARoundIsOpen() {
		session.openVoting(LINEUP, 60, T0);
		Instant during = T0.plusSeconds(5);
		assertRefused(() -> session.next(LINEUP, during), "evaluation.live.round.stillOpen");
		assertRefused(() -> session.previous(LINEUP, during), "evaluation.live.round.stillOpen");
		assertRefused(() -> session.pause(during), "evaluation.live.round.stillOpen");
		assertRefused(() -> session.showResults(during), "evaluation.live.round.stillOpen");
		assertThat(session.getPosition()).isEqualTo(1);

		session.next(LINEUP, T0.plusSeconds(60));
		assertThat(session.currentDepartment(LINEUP)).as("after the countdown").isEqualTo(3L);
	}

	@Test
	void goingBackShowsAClosedRoundThatStaysClosed() {
		session.openVoting(LINEUP, 60, T0);
		session.closeVoting(LINEUP, T0.plusSeconds(30));
		session.next(LINEUP, T0.plusSeconds(31));
		session.previous(LINEUP, T0.plusSeconds(32));
		assertThat(session.roundState(12L, T0.plusSeconds(33))).isEqualTo(RoundState.CLOSED);
		assertRefused(() -> session.openVoting(LINEUP, 60, T0.plusSeconds(33)), "evaluation.live.round.alreadyClosed");
	}

	@Test
	void aPausedSessionOpensNoRoundUntilResumed() {
		session.pause(T0);
		assertThat(session.getStatus()).isEqualTo(SessionStatus.PAUSED);
		assertRefused(() -> session.openVoting(LINEUP, 60, T0), "evaluation.live.paused");
		assertRefused(() -> session.pause(T0), "evaluation.live.paused");
		session.resume(T0);
		assertRefused(() -> session.resume(T0), "evaluation.live.notPaused");
		session.openVoting(LINEUP, 60, T0);
		assertThat(session.roundState(12L, T0)).isEqualTo(RoundState.OPEN);
	}

	@Test
	void theScreenShowsTheRankingBetweenRoundsAndTheRoundAgainWhenVotingOpens() {
		session.showResults(T0);
		assertThat(session.getDisplay()).isEqualTo(Display.RESULTS);
		session.showRound(T0);
		assertThat(session.getDisplay()).isEqualTo(Display.ROUND);
		session.showResults(T0);
		session.openVoting(LINEUP, 60, T0);
		assertThat(session.getDisplay()).isEqualTo(Display.ROUND);
		session.closeVoting(LINEUP, T0.plusSeconds(1));
		session.showResults(T0.plusSeconds(2));
		session.next(LINEUP, T0.plusSeconds(3));
		assertThat(session.getDisplay()).isEqualTo(Display.ROUND);
	}

	@Test
	void hostActionsAreFoundByTheirButtonsPath() {
		assertThat(HostAction.ofPath("open")).contains(HostAction.OPEN_VOTING);
		assertThat(HostAction.ofPath("close")).contains(HostAction.CLOSE_VOTING);
		assertThat(HostAction.ofPath("delete-ballot")).isEmpty();
		assertThat(HostAction.OPEN_VOTING.movesRound()).isTrue();
		assertThat(HostAction.NEXT.movesRound()).isFalse();
	}

	private static void assertRefused(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(RefusedActionException.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
	}

}
