package org.zhuqi.evaluation.live;

import java.util.List;

/**
 * What the big screen (大屏) and the host's console show, as the page renders it and as the screen's event
 * stream sends it (JSON): the current department, its round with the countdown's end and the server's clock
 * (so a screen with a wrong clock still counts down right), ballots received and eligible voters, and once the
 * round has closed its score with the running ranking of the live group. Carries no voter.
 *
 * @param sessionId {@code null} while the host has not started the session
 * @param endsAt when the open round's countdown ends, epoch milliseconds, else {@code null}
 * @param now the server's clock when this view was made, epoch milliseconds
 * @param ballots ballots received for the current department
 * @param eligible voters holding a valid credential
 * @param score the current department's score (four decimals) once its round has closed, else {@code null}
 * @param ranking the departments whose rounds have closed, best first, when the screen shows scores
 * @param ledgerSeq the ledger head's sequence number when the screen shows scores (published after each round)
 * @param ledgerHash the ledger head's hash then
 */
public record ScreenView(long campaignId, String campaignName, String periodLabel, Long sessionId, Integer version,
		SessionStatus status, Display display, int position, int departments, Long departmentId, String departmentName,
		RoundState round, Long endsAt, long now, int ballots, int eligible, String score, List<Standing> ranking,
		Long ledgerSeq, String ledgerHash) {

	public boolean started() {
		return sessionId != null;
	}

	public boolean paused() {
		return status == SessionStatus.PAUSED;
	}

	public boolean showsResults() {
		return display == Display.RESULTS;
	}

	/**
	 * A department in the running ranking.
	 * @param rank {@code null} without ballots (listed last)
	 */
	public record Standing(Integer rank, long departmentId, String name, String score, int ballots) {
	}

}
