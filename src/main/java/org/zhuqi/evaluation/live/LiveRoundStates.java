package org.zhuqi.evaluation.live;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.ballot.LiveRoundGate;
import org.zhuqi.evaluation.campaign.VotingState;

/**
 * Tells the ballot box whether a live department's round is open, reading the stored round afresh (within the
 * ballot box's transaction, after the ledger lock, it sees every open and close that committed before).
 */
@Component
class LiveRoundStates implements LiveRoundGate {

	private final JdbcClient jdbc;

	LiveRoundStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public VotingState votingState(long campaignId, long departmentId, Instant now) {
		RoundState state = jdbc.sql("""
				select r.opened_at, r.ends_at, r.closed_at
				from evaluation_live_round r
				join evaluation_live_session s on s.id = r.session_id
				where s.campaign_id = :campaign and r.department_id = :department""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.query((rs, row) -> new LiveRound(instant(rs.getObject(1, OffsetDateTime.class)),
					instant(rs.getObject(2, OffsetDateTime.class)), instant(rs.getObject(3, OffsetDateTime.class))))
			.optional()
			.map(round -> round.stateAt(now))
			.orElse(RoundState.WAITING);
		switch (state) {
			case OPEN:
				return VotingState.OPEN;
			case CLOSED:
				return VotingState.CLOSED;
			default:
				return VotingState.NOT_YET_OPEN;
		}
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

}
