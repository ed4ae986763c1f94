package org.zhuqi.evaluation.question;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.voter.CredentialTokens;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * Questions before the live session and the presenter vote over HTTP: voters ask with their credential alone (up
 * to three per live department, validated, refused once revoked or once the session has started), the centre
 * lists and hides questions, the host console shows the current department's visible ones, and the vote's tally
 * becomes the live group while the campaign is a draft. Others get 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class QuestionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignSetup setup;

	@Autowired
	Campaigns campaigns;

	@Autowired
	VoterRoll roll;

	@Autowired
	LiveHost host;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EvaluationFixture fixture;

	long first;

	long second;

	long online;

	String firstName;

	Campaign campaign;

	long campaignId;

	List<String> tokens;

	@BeforeEach
	void setUp() {
		fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		firstName = "区发改局" + System.nanoTime();
		first = fixture.department(firstName);
		second = fixture.department("区商务局" + System.nanoTime());
		online = fixture.department("区医保局" + System.nanoTime());
		campaign = fixture.draft(List.of(first, second), List.of(online));
		campaignId = campaign.getId();
		tokens = fixture.voters(campaignId, 3);
	}

	@Test
	void aVoterAsksUpToThreeQuestionsPerLiveDepartmentStoredUnderItsVoterKeyOnly() throws Exception {
		String token = tokens.get(0);
		mvc.perform(get("/vote/{token}", token)).andExpect(content().string(containsString("/vote/" + token + "/questions")));
		mvc.perform(get("/vote/{token}/questions", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(firstName)));
		for (int i = 1; i <= 3; i++) {
			ask(token, first, "第" + i + "个问题：企业开办还能更快吗？")
				.andExpect(redirectedUrl("/vote/" + token + "/questions?done=question"));
		}
		ask(token, first, "第四个问题：还能再问吗？").andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.limit"));
		ask(token, second, "另一个单位还可以问吗？").andExpect(status().is3xxRedirection());
		ask(tokens.get(1), first, "别的企业也可以问三个").andExpect(status().is3xxRedirection());

		List<String> keys = jdbc.sql("select distinct voter_key from evaluation_question where campaign_id = :c")
			.param("c", campaignId)
			.query(String.class)
			.list();
		assertThat(keys).hasSize(2).allSatisfy(key -> {
			assertThat(key).hasSize(64).isNotEqualTo(token).isNotEqualTo(CredentialTokens.digest(token));
		});
		mvc.perform(get("/evaluations/{id}/questions", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第2个问题：企业开办还能更快吗？")));
		mvc.perform(get("/evaluations/{id}/questions", campaignId).param("q", "另一个").with(as(CENTRE)))
			.andExpect(content().string(containsString("另一个单位还可以问吗？")))
			.andExpect(content().string(not(containsString("第2个问题"))));
	}

	@Test
	void refusesShortQuestionsAndDepartmentsThatDoNotReportInPerson() throws Exception {
		ask(tokens.get(0), first, "太短").andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.body.length"))
			.andExpect(content().string(containsString("太短")));
		ask(tokens.get(0), first, "问".repeat(301)).andExpect(status().isBadRequest());
		ask(tokens.get(0), online, "网上测评单位不能提问").andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.department.notLive"));
		assertThat(questionCount()).isZero();
	}

	@Test
	void refusesARevokedCredential() throws Exception {
		String token = tokens.get(2);
		long voterId = jdbc.sql("select id from evaluation_voter where credential_hash = :h")
			.param("h", CredentialTokens.digest(token))
			.query(Long.class)
			.single();
		roll.revoke(campaignId, voterId, CENTRE);
		mvc.perform(get("/vote/{token}/questions", token)).andExpect(status().isForbidden());
		ask(token, first, "吊销后还能提问吗？").andExpect(status().isForbidden());
		mvc.perform(post("/vote/{token}/presenters", token).param("departmentIds", String.valueOf(first)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/vote/{token}/questions", "not-a-credential")).andExpect(status().isNotFound());
		assertThat(questionCount()).isZero();
	}

	@Test
	void theCentreHidesAQuestionAndTheHostSeesOnlyVisibleQuestionsOfTheCurrentDepartment() throws Exception {
		ask(tokens.get(0), first, "请介绍惠企政策兑现进度").andExpect(status().is3xxRedirection());
		ask(tokens.get(1), first, "这是一个不当的问题内容").andExpect(status().is3xxRedirection());
		ask(tokens.get(1), second, "这是第二个单位的问题").andExpect(status().is3xxRedirection());
		long hidden = jdbc.sql("select id from evaluation_question where body = :b and campaign_id = :c")
			.param("b", "这是一个不当的问题内容")
			.param("c", campaignId)
			.query(Long.class)
			.single();

		mvc.perform(post("/evaluations/{id}/questions/{q}/hide", campaignId, hidden).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.question.hide.reason"));
		mvc.perform(post("/evaluations/{id}/questions/{q}/hide", campaignId, hidden).param("reason", "含人身攻击")
			.with(as(CENTRE))
			.with(csrf())).andExpect(flash().attribute("message", "evaluation.question.done.hidden"));
		assertThat(jdbc.sql("select detail from audit_entry where subject_type = :t and subject_id = :id and action = 'hidden'")
			.param("t", Questions.AUDIT_TYPE)
			.param("id", hidden)
			.query(String.class)
			.list()).singleElement().asString().contains("含人身攻击");
		mvc.perform(get("/evaluations/{id}/questions", campaignId).with(as(CENTRE)))
			.andExpect(content().string(containsString("含人身攻击")));

		fixture.open(campaigns.findById(campaignId).orElseThrow());
		host.start(campaignId, CENTRE);
		mvc.perform(get("/evaluations/{id}/live", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"host-questions\"")))
			.andExpect(content().string(containsString("请介绍惠企政策兑现进度")))
			.andExpect(content().string(not(containsString("这是一个不当的问题内容"))))
			.andExpect(content().string(not(containsString("这是第二个单位的问题"))));

		ask(tokens.get(2), first, "会议开始后还能提问吗？").andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.closed"));
		mvc.perform(post("/vote/{token}/presenters", tokens.get(2)).param("departmentIds", String.valueOf(first)))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.closed"));
	}

	@Test
	void theVoteTallyBecomesTheLiveGroupWhileTheCampaignIsADraft() throws Exception {
		vote(tokens.get(0), online).andExpect(redirectedUrl("/vote/" + tokens.get(0) + "/questions?done=vote"));
		vote(tokens.get(1), online, second).andExpect(status().is3xxRedirection());
		vote(tokens.get(2), second).andExpect(status().is3xxRedirection());
		vote(tokens.get(2), online).andExpect(status().is3xxRedirection());
		vote(tokens.get(2), online, second, first).andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.vote.tooMany"));
		vote(tokens.get(2)).andExpect(status().isBadRequest())
			.andExpect(model().attribute("refusal", "evaluation.question.vote.empty"));

		PresenterTally tally = questions.tally(campaignId, CENTRE);
		assertThat(tally.voters()).isEqualTo(3);
		assertThat(tally.rows()).extracting(PresenterTally.Row::departmentId).containsExactly(online, second, first);
		assertThat(tally.rows()).extracting(PresenterTally.Row::votes).containsExactly(3, 1, 0);
		mvc.perform(get("/evaluations/{id}/questions", campaignId).with(as(CENTRE)))
			.andExpect(content().string(containsString("id=\"apply-vote\"")));

		mvc.perform(post("/evaluations/{id}/questions/apply-vote", campaignId).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("message", "evaluation.question.done.applied"));
		Campaign revised = campaigns.findById(campaignId).orElseThrow();
		assertThat(revised.liveDepartmentIds()).containsExactly(online, second);
		assertThat(revised.onlineDepartmentIds()).containsExactly(first);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = :t and subject_id = :id and action = 'updated'")
			.param("t", CampaignSetup.AUDIT_TYPE)
			.param("id", campaignId)
			.query(Integer.class)
			.single()).isEqualTo(1);

		fixture.open(revised);
		mvc.perform(post("/evaluations/{id}/questions/apply-vote", campaignId).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.campaign.notDraft"));
		mvc.perform(get("/evaluations/{id}/questions", campaignId).with(as(CENTRE)))
			.andExpect(content().string(not(containsString("id=\"apply-vote\""))));
	}

	@Test
	void onlyTheCentreSeesQuestionsAndTheTally() throws Exception {
		Viewer department = Viewer.department("dept", first);
		mvc.perform(get("/evaluations/{id}/questions", campaignId).with(as(department))).andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/questions/1/hide", campaignId).param("reason", "x")
			.with(as(department))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/questions/apply-vote", campaignId).with(as(department)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Autowired
	Questions questions;

	private org.springframework.test.web.servlet.ResultActions ask(String token, long department, String body)
			throws Exception {
		return mvc.perform(post("/vote/{token}/questions", token).param("departmentId", String.valueOf(department))
			.param("body", body));
	}

	private org.springframework.test.web.servlet.ResultActions vote(String token, long... departments)
			throws Exception {
		var request = post("/vote/{token}/presenters", token);
		for (long department : departments) {
			request.param("departmentIds", String.valueOf(department));
		}
		return mvc.perform(request);
	}

	private int questionCount() {
		return jdbc.sql("select count(*) from evaluation_question where campaign_id = :c")
			.param("c", campaignId)
			.query(Integer.class)
			.single();
	}

}
