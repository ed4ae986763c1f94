package org.zhuqi.evaluation.live;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the host (主持人) can do in a live session, each with the path segment of its button
 * ({@code POST /evaluations/{id}/live/{path}}), the action recorded in the audit history and the message shown
 * after it. There is deliberately no action on ballots.
 */
public enum HostAction {

	OPEN_VOTING("open", "live-round-opened"),

	CLOSE_VOTING("close", "live-round-closed"),

	NEXT("next", "live-moved"),

	PREVIOUS("previous", "live-moved"),

	SHOW_RESULTS("results", "live-results-shown"),

	SHOW_ROUND("round", "live-round-shown"),

	PAUSE("pause", "live-paused"),

	RESUME("resume", "live-resumed");

	private final String path;

	private final String audit;

	HostAction(String path, String audit) {
		this.path = path;
		this.audit = audit;
	}

	static Optional<HostAction> ofPath(String path) {
		return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
	}

	String path() {
		return path;
	}

	String audit() {
		return audit;
	}

	/** The message shown to the host after the action. */
	String doneCode() {
		return "evaluation.live.done." + path;
	}

	/** Whether the action opens or closes a round, and so must wait for ballots being appended. */
	boolean movesRound() {
		return this == OPEN_VOTING || this == CLOSE_VOTING;
	}

}
