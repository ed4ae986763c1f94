package org.zhuqi.evaluation.result;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class ResultsIntegrationTests {

	@Autowired
	Results results;

	@Autowired
	BallotBox box;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	LiveHost host;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void ranksTheDepartmentsFromTheStoredBallotsWithParticipation() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long market = fixture.department("区市场监管局");
		long labour = fixture.department("区人力社保局");
		long tax = fixture.department("区税务局");
		Campaign campaign = fixture.draft(List.of(market, labour), List.of(tax));
		List<String> tokens = fixture.voters(campaign.getId(), 4);
		long id = fixture.open(campaign).getId();

		host.start(id, CENTRE);
		host.act(id, HostAction.OPEN_VOTING, null, 600, CENTRE);
		cast(id, market, tokens.get(0), 8, 9, 7, 10); // 8.5
		cast(id, market, tokens.get(1), 9, 9, 9, 9); // 9
		host.act(id, HostAction.CLOSE_VOTING, null, null, CENTRE);
		host.act(id, HostAction.NEXT, null, null, CENTRE);
		host.act(id, HostAction.OPEN_VOTING, null, 600, CENTRE);
		cast(id, labour, tokens.get(0), 9, 9, 9, 9);
		cast(id, labour, tokens.get(2), 8, 9, 7, 10);
		cast(id, tax, tokens.get(3), 6, 6, 6, 6);

		CampaignResults sheet = results.of(id, CENTRE);
		assertThat(sheet.eligibleVoters()).isEqualTo(4);
		assertThat(sheet.voters()).isEqualTo(4);
		assertThat(sheet.ballots()).isEqualTo(5);
		assertThat(sheet.live()).extracting(DepartmentResult::departmentId).containsExactly(market, labour);
		assertThat(sheet.live()).extracting(DepartmentResult::groupRank).containsExactly(1, 1);
		assertThat(sheet.live().get(0).score()).hasToString("8.7500");
		assertThat(sheet.live().get(0).participation()).hasToString("0.5000");
		assertThat(sheet.live().get(0).name()).startsWith("区市场监管局");
		assertThat(sheet.all()).extracting(DepartmentResult::overallRank).containsExactly(1, 1, 3);
		assertThat(sheet.online().get(0).score()).hasToString("6.0000");

		assertThatThrownBy(() -> results.of(id, Viewer.department("dept", market))).isInstanceOf(AccessDeniedException.class);
	}

	private void cast(long campaignId, long department, String token, Integer... scores) {
		assertThat(box.cast(new BallotRequest(campaignId, department, token, List.of(scores), null, Channel.PHONE,
				UUID.randomUUID().toString())).accepted()).isTrue();
	}

}
