package org.zhuqi.evaluation.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * The live session (现场测评) of a campaign: the host walks through the campaign's live group in the order of
 * reports, one department at a time ({@code position} from 1), and opens one voting round per department with a
 * countdown. A state machine that refuses what a host must not do: open a round twice or while paused, move on
 * or pause while a round is open, move past either end. Methods take the live group ({@code lineup}: department
 * ids in order), which the campaign froze when it opened. Nothing here touches a ballot.
 */
@Table("evaluation_live_session")
public class LiveSession {

	public static final int MIN_VOTE_SECONDS = 10;

	public static final int MAX_VOTE_SECONDS = 600;

	public static final int DEFAULT_VOTE_SECONDS = 60;

	@Id
	private Long id;

	@Version
	private Integer version;

	private long campaignId;

	private SessionStatus status;

	private int position;

	private Display display;

	private int voteSeconds;

	private String startedBy;

	private Instant startedAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "session_id", keyColumn = "department_id")
	private Map<Long, LiveRound> rounds = new HashMap<>();

	LiveSession() {
	}

	/** A session at the first department of the live group, nothing open yet. */
	static LiveSession start(long campaignId, List<Long> lineup, String startedBy, Instant now) {
		if (lineup.isEmpty()) {
			throw new RefusedActionException("evaluation.live.noLiveDepartments");
		}
		LiveSession session = new LiveSession();
		session.campaignId = campaignId;
		session.status = SessionStatus.RUNNING;
		session.position = 1;
		session.display = Display.ROUND;
		session.voteSeconds = DEFAULT_VOTE_SECONDS;
		session.startedBy = startedBy;
		session.startedAt = now;
		session.updatedAt = now;
		return session;
	}

	/** Opens voting on the current department for {@code seconds}; it must not have been opened before. */
	void openVoting(List<Long> lineup, int seconds, Instant now) {
		if (seconds < MIN_VOTE_SECONDS || seconds > MAX_VOTE_SECONDS) {
			throw new RejectedFieldException("seconds", "evaluation.live.seconds.range", MIN_VOTE_SECONDS,
					MAX_VOTE_SECONDS);
		}
		requireRunning();
		long department = currentDepartment(lineup);
		switch (roundState(department, now)) {
			case OPEN:
				throw new RefusedActionException("evaluation.live.round.alreadyOpen");
			case CLOSED:
				throw new RefusedActionException("evaluation.live.round.alreadyClosed");
			default:
				break;
		}
		rounds.put(department, LiveRound.opened(now, Duration.ofSeconds(seconds)));
		voteSeconds = seconds;
		display = Display.ROUND;
		updatedAt = now;
	}

	/** Closes the current department's open round before its countdown ends. */
	void closeVoting(List<Long> lineup, Instant now) {
		long department = currentDepartment(lineup);
		if (roundState(department, now) != RoundState.OPEN) {
			throw new RefusedActionException("evaluation.live.round.notOpen");
		}
		rounds.put(department, rounds.get(department).closed(now));
		updatedAt = now;
	}

	/** Moves to the next department of the live group. */
	void next(List<Long> lineup, Instant now) {
		moveTo(position + 1, lineup, now);
	}

	/** Moves back to the previous department, e.g. to show its score again. */
	void previous(List<Long> lineup, Instant now) {
		moveTo(position - 1, lineup, now);
	}

	private void moveTo(int target, List<Long> lineup, Instant now) {
		requireNoOpenRound(now);
		if (target < 1) {
			throw new RefusedActionException("evaluation.live.atFirst");
		}
		if (target > lineup.size()) {
			throw new RefusedActionException("evaluation.live.atLast");
		}
		position = target;
		display = Display.ROUND;
		updatedAt = now;
	}

	/** Shows the running ranking on the big screen, between rounds. */
	void showResults(Instant now) {
		requireNoOpenRound(now);
		display = Display.RESULTS;
		updatedAt = now;
	}

	/** Shows the current department's round on the big screen again. */
	void showRound(Instant now) {
		display = Display.ROUND;
		updatedAt = now;
	}

	/** Pauses the session between rounds (休会). */
	void pause(Instant now) {
		requireRunning();
		requireNoOpenRound(now);
		status = SessionStatus.PAUSED;
		updatedAt = now;
	}

	void resume(Instant now) {
		if (status != SessionStatus.PAUSED) {
			throw new RefusedActionException("evaluation.live.notPaused");
		}
		status = SessionStatus.RUNNING;
		updatedAt = now;
	}

	private void requireRunning() {
		if (status != SessionStatus.RUNNING) {
			throw new RefusedActionException("evaluation.live.paused");
		}
	}

	private void requireNoOpenRound(Instant now) {
		if (openRound(now).isPresent()) {
			throw new RefusedActionException("evaluation.live.round.stillOpen");
		}
	}

	/** The department whose round is open now, if any (at most the current one). */
	Optional<Long> openRound(Instant now) {
		return rounds.entrySet()
			.stream()
			.filter(entry -> entry.getValue().stateAt(now) == RoundState.OPEN)
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The department the session is at. */
	long currentDepartment(List<Long> lineup) {
		if (position > lineup.size()) {
			throw new IllegalStateException("session " + id + " is past the end of its live group");
		}
		return lineup.get(position - 1);
	}

	RoundState roundState(long departmentId, Instant now) {
		return LiveRound.stateOf(rounds.get(departmentId), now);
	}

	/** The department's round, if it was opened. */
	Optional<LiveRound> round(long departmentId) {
		return Optional.ofNullable(rounds.get(departmentId));
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public SessionStatus getStatus() {
		return status;
	}

	public int getPosition() {
		return position;
	}

	public Display getDisplay() {
		return display;
	}

	public int getVoteSeconds() {
		return voteSeconds;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
