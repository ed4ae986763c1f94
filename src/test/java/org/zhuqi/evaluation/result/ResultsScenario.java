package org.zhuqi.evaluation.result;

import java.util.List;
import java.util.UUID;

import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveHost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * A closed campaign for the results tests: one live department with two ballots (one commented), two online
 * departments, one of them with a low ballot without a comment and a low ballot with one.
 */
record ResultsScenario(long campaignId, long live, long online, long other, List<String> enterpriseNames) {

	static final String LIVE_COMMENT = "窗口排队时间太长";

	static final String LOW_COMMENT = "办事效率需要提高";

	static ResultsScenario closed(EvaluationFixture fixture, BallotBox box, LiveHost host) {
		long live = fixture.department("区市场监管局");
		long online = fixture.department("区住建局");
		long other = fixture.department("区税务局");
		Campaign campaign = fixture.draft(List.of(live), List.of(online, other));
		List<String> tokens = fixture.voters(campaign.getId(), 3);
		long id = fixture.open(campaign).getId();
		host.start(id, CENTRE);
		host.act(id, HostAction.OPEN_VOTING, null, 600, CENTRE);
		cast(box, id, live, tokens.get(0), LIVE_COMMENT, 8, 9, 7, 10); // 8.5
		cast(box, id, live, tokens.get(1), null, 9, 9, 9, 9); // 9
		host.act(id, HostAction.CLOSE_VOTING, null, null, CENTRE);
		cast(box, id, online, tokens.get(0), null, 3, 3, 3, 3); // 3: low
		cast(box, id, online, tokens.get(1), LOW_COMMENT, 5, 5, 5, 5); // 5: low
		cast(box, id, online, tokens.get(2), null, 8, 8, 8, 8); // 8: not low, no comment
		cast(box, id, other, tokens.get(2), null, 7, 7, 7, 7);
		fixture.close(id);
		return new ResultsScenario(id, live, online, other, List.of("评议企业0", "评议企业1", "评议企业2"));
	}

	private static void cast(BallotBox box, long campaignId, long department, String token, String comment,
			Integer... scores) {
		assertThat(box.cast(new BallotRequest(campaignId, department, token, List.of(scores), comment, Channel.PHONE,
				UUID.randomUUID().toString())).accepted()).isTrue();
	}

}
