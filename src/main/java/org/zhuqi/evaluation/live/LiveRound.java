package org.zhuqi.evaluation.live;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The voting round of one live department, stored once the host opens it: it takes ballots from
 * {@code openedAt} until its countdown ends at {@code endsAt}, or until the host closes it earlier
 * ({@code closedAt}). It is never reopened, so its ballots are final once it is closed.
 */
@Table("evaluation_live_round")
record LiveRound(Instant openedAt, Instant endsAt, Instant closedAt) {

	static LiveRound opened(Instant now, Duration countdown) {
		return new LiveRound(now, now.plus(countdown), null);
	}

	/** The state at a moment: open from its opening until the earlier of its countdown's end and its close. */
	RoundState stateAt(Instant now) {
		return now.isBefore(end()) && !now.isBefore(openedAt) ? RoundState.OPEN : RoundState.CLOSED;
	}

	/** When it stops (or stopped) taking ballots. */
	Instant end() {
		return closedAt != null && closedAt.isBefore(endsAt) ? closedAt : endsAt;
	}

	/** This round closed now; only an open round can be closed. */
	LiveRound closed(Instant now) {
		if (stateAt(now) != RoundState.OPEN) {
			throw new IllegalStateException("round is not open");
		}
		return new LiveRound(openedAt, endsAt, now);
	}

	/** The state of a round that may not exist yet. */
	static RoundState stateOf(LiveRound round, Instant now) {
		return round == null ? RoundState.WAITING : round.stateAt(now);
	}

}
