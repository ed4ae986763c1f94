package org.zhuqi.evaluation.live;

/**
 * What a voter's phone shows: the current department and whether its round takes ballots, the scale of the
 * score buttons, and whether this voter's ballot for the department is in. The event stream sends it without
 * {@code voted} (it goes to every voter alike); the page then asks for its own.
 *
 * @param endsAt when the open round's countdown ends, epoch milliseconds, else {@code null}
 * @param now the server's clock, epoch milliseconds
 * @param voted whether this voter's ballot for the current department is stored; {@code null} when not asked
 */
public record VoterView(long campaignId, String campaignName, boolean started, boolean paused, int position,
		int departments, Long departmentId, String departmentName, RoundState round, Long endsAt, long now,
		int lowest, int highest, Boolean voted) {

	VoterView withVoted(Boolean voted) {
		return new VoterView(campaignId, campaignName, started, paused, position, departments, departmentId,
				departmentName, round, endsAt, now, lowest, highest, voted);
	}

}
