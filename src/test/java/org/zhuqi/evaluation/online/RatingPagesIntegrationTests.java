package org.zhuqi.evaluation.online;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.online.OnlineFixture.Written;
import org.zhuqi.evaluation.voter.VoterKeys;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * Online rating over HTTP: the public campaign link, signing in by credential (the session keeps the voter key,
 * never the token, under a new id) or by enterprise account, one path per voter both ways, drafts saved, resumed
 * and deleted on submission, the window before and after, and a message for every refusal.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RatingPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	Ledger ledger;

	@Autowired
	BallotBox box;

	@Autowired
	VoterKeys keys;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	OnlineFixture fixture;

	long campaignId;

	List<IssuedCredential> voters;

	@BeforeEach
	void setUp() {
		fixture = new OnlineFixture(jdbc, setup, roll, ledger, clock);
		campaignId = fixture.openCampaign();
		voters = fixture.voters(campaignId, 3);
	}

	@Test
	void theCampaignLinkIsPublicAndSaysWhetherRatingHasBegun() throws Exception {
		mvc.perform(get("/rate/{id}", campaignId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("进行中")))
			.andExpect(content().string(containsString("id=\"credential-form\"")))
			.andExpect(content().string(containsString("共 2 个单位接受网上测评")));
		long later = fixture.campaignNotYetOpen();
		mvc.perform(get("/rate/{id}", later))
			.andExpect(content().string(containsString("未开始，将于")));
		fixture.evaluation.close(campaignId);
		mvc.perform(get("/rate/{id}", campaignId)).andExpect(content().string(containsString("已结束")));
		mvc.perform(get("/rate/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void aCredentialSignsInWithANewSessionIdKeepingOnlyTheVoterKey() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		signIn(session, voters.get(0).token());
		assertThat(session.getId()).isNotEqualTo(before);
		OnlineRater rater = (OnlineRater) session.getAttribute(OnlineRater.SESSION_ATTRIBUTE);
		assertThat(rater).isEqualTo(new OnlineRater(campaignId, keys.keyOf(voters.get(0).token())));
		for (String name : java.util.Collections.list(session.getAttributeNames())) {
			assertThat(String.valueOf(session.getAttribute(name))).doesNotContain(voters.get(0).token());
		}
		assertThat(fixture.ratingPath(voters.get(0).voterId())).isEqualTo("CREDENTIAL");
		mvc.perform(get("/rate/{id}/departments", campaignId).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fixture.firstName)))
			.andExpect(content().string(containsString("已提交 0 / 2")))
			.andExpect(content().string(not(containsString("区统计局"))));
	}

	@Test
	void wrongAndRevokedCredentialsAreRefusedWithAMessage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", "AAAAAAAAAAAAAAAAAAAAAAAA")
			.session(session)
			.with(client("10.1.0.1"))
			.with(csrf()))
			.andExpect(redirectedUrl("/rate/" + campaignId))
			.andExpect(flash().attribute("refusal", "evaluation.ballot.unknownCredential"));
		roll.revoke(campaignId, voters.get(1).voterId(), CENTRE);
		mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", voters.get(1).token())
			.session(session)
			.with(client("10.1.0.1"))
			.with(csrf())).andExpect(flash().attribute("refusal", "evaluation.ballot.revokedCredential"));
		assertThat(session.getAttribute(OnlineRater.SESSION_ATTRIBUTE)).isNull();
		mvc.perform(get("/rate/{id}/departments", campaignId).session(session))
			.andExpect(redirectedUrl("/rate/" + campaignId));
		mvc.perform(get("/rate/{id}", campaignId).flashAttr("refusal", "evaluation.ballot.unknownCredential"))
			.andExpect(content().string(containsString("投票凭证无效")));
	}

	@Test
	void repeatedWrongCredentialsFromOneAddressAreThrottled() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", "wrong" + i)
				.with(client("10.9.9.9"))
				.with(csrf())).andExpect(flash().attribute("refusal", "evaluation.ballot.unknownCredential"));
		}
		mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", voters.get(0).token())
			.with(client("10.9.9.9"))
			.with(csrf())).andExpect(flash().attribute("refusal", "evaluation.online.credential.locked"));
		assertThat(fixture.ratingPath(voters.get(0).voterId())).isNull();
	}

	@Test
	void aDraftIsSavedResumedAndDeletedWhenSubmitted() throws Exception {
		MockHttpSession session = new MockHttpSession();
		signIn(session, voters.get(0).token());
		mvc.perform(rating(session, fixture.first).param("scores[0]", "8").param("scores[2]", "6")
			.param("comment", "  窗口服务热情  ")
			.param("draft", "1"))
			.andExpect(redirectedUrl("/rate/" + campaignId + "/departments/" + fixture.first))
			.andExpect(flash().attribute("message", "evaluation.online.draftSaved"));
		mvc.perform(get("/rate/{id}/departments", campaignId).session(session))
			.andExpect(content().string(containsString("已保存草稿")));
		mvc.perform(get("/rate/{id}/departments/{d}", campaignId, fixture.first).session(session))
			.andExpect(content().string(containsString("已载入您保存的草稿")))
			.andExpect(content().string(containsString("name=\"scores[0]\" value=\"8\" checked")))
			.andExpect(content().string(containsString("name=\"scores[2]\" value=\"6\" checked")))
			.andExpect(content().string(containsString(">窗口服务热情</textarea>")));
		Written before = fixture.written(campaignId);
		assertThat(before.drafts()).isEqualTo(1);

		mvc.perform(rating(session, fixture.first).param("scores[0]", "8").param("scores[2]", "6").param("submit", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请为“办事效率”评分")));
		assertThat(fixture.written(campaignId)).isEqualTo(before);

		mvc.perform(rating(session, fixture.first).param("scores[0]", "8")
			.param("scores[1]", "9")
			.param("scores[2]", "6")
			.param("scores[3]", "10")
			.param("submit", "1"))
			.andExpect(redirectedUrl("/rate/" + campaignId + "/departments"))
			.andExpect(flash().attribute("message", "evaluation.online.submitted"));
		Written after = fixture.written(campaignId);
		assertThat(after.ballots()).isEqualTo(before.ballots() + 1);
		assertThat(after.drafts()).isZero();
		assertThat(after.head().seq()).isEqualTo(before.head().seq() + 1);
		mvc.perform(get("/rate/{id}/departments", campaignId).session(session))
			.andExpect(content().string(containsString("已提交 1 / 2")));
		mvc.perform(get("/rate/{id}/departments/{d}", campaignId, fixture.first).session(session))
			.andExpect(content().string(containsString("id=\"rate-submitted\"")))
			.andExpect(content().string(not(containsString("checked"))))
			.andExpect(content().string(not(containsString("id=\"rating-form\""))));

		mvc.perform(rating(session, fixture.first).param("scores[0]", "1")
			.param("scores[1]", "1")
			.param("scores[2]", "1")
			.param("scores[3]", "1")
			.param("submit", "1")).andExpect(flash().attribute("message", "evaluation.online.submitted"));
		assertThat(fixture.written(campaignId)).isEqualTo(after);
		mvc.perform(rating(session, fixture.first).param("scores[0]", "1").param("draft", "1"))
			.andExpect(flash().attribute("refusal", BallotVerdict.ALREADY_VOTED.messageCode()));
		assertThat(fixture.written(campaignId)).isEqualTo(after);
	}

	@Test
	void badInputOnTheFormShowsAMessageAndWritesNothing() throws Exception {
		MockHttpSession session = new MockHttpSession();
		signIn(session, voters.get(0).token());
		Written before = fixture.written(campaignId);
		mvc.perform(rating(session, fixture.first).param("scores[0]", "11").param("draft", "1"))
			.andExpect(content().string(containsString("“服务态度”的分数须在 1 到 10 之间")));
		mvc.perform(rating(session, fixture.first).param("scores[0]", "x").param("draft", "1"))
			.andExpect(content().string(containsString("分数无法识别")));
		mvc.perform(rating(session, fixture.first).param("comment", "评".repeat(501)).param("draft", "1"))
			.andExpect(content().string(containsString("意见建议最多 500 个字，现有 501 个字")));
		mvc.perform(get("/rate/{id}/departments/{d}", campaignId, fixture.live).session(session))
			.andExpect(status().isNotFound());
		mvc.perform(rating(session, fixture.live).param("draft", "1")).andExpect(status().isNotFound());
		assertThat(fixture.written(campaignId)).isEqualTo(before);
	}

	@Test
	void anEnterpriseAccountRatesWithoutTheTokenAndLocksTheCredentialOut() throws Exception {
		IssuedCredential voter = voters.get(1);
		Viewer enterprise = Viewer.enterprise("ent" + voter.enterpriseId(), voter.enterpriseId());
		mvc.perform(get("/rate/{id}", campaignId).with(as(enterprise)))
			.andExpect(content().string(containsString("id=\"account-submit\"")));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/rate/{id}/account", campaignId).session(session).with(as(enterprise)).with(csrf()))
			.andExpect(redirectedUrl("/rate/" + campaignId + "/departments"));
		String accountKey = keys.keyOf("account:" + campaignId + ":" + voter.voterId());
		assertThat(session.getAttribute(OnlineRater.SESSION_ATTRIBUTE))
			.isEqualTo(new OnlineRater(campaignId, accountKey));
		assertThat(fixture.ratingPath(voter.voterId())).isEqualTo("ACCOUNT");

		mvc.perform(rating(session, fixture.second).param("scores[0]", "7")
			.param("scores[1]", "7")
			.param("scores[2]", "7")
			.param("scores[3]", "7")
			.param("submit", "1")).andExpect(flash().attribute("message", "evaluation.online.submitted"));
		assertThat(jdbc.sql("select voter_key from evaluation_ballot where campaign_id = :c and department_id = :d")
			.param("c", campaignId)
			.param("d", fixture.second)
			.query(String.class)
			.list()).containsExactly(accountKey);

		Written before = fixture.written(campaignId);
		mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", voter.token())
			.with(client("10.2.0.1"))
			.with(csrf())).andExpect(flash().attribute("refusal", "evaluation.online.path.useAccount"));
		BallotRequest phone = new BallotRequest(campaignId, fixture.second, voter.token(), List.of(5, 5, 5, 5), null,
				Channel.ONLINE, "retry-key-123");
		assertThat(box.cast(phone).verdict()).isEqualTo(BallotVerdict.REVOKED_CREDENTIAL);
		assertThat(fixture.written(campaignId)).isEqualTo(before);
		mvc.perform(get("/rate/{id}", campaignId).flashAttr("refusal", "evaluation.online.path.useAccount"))
			.andExpect(content().string(containsString("贵企业已使用企业账号参评")));
	}

	@Test
	void aCredentialUsedFirstLocksTheAccountOut() throws Exception {
		IssuedCredential voter = voters.get(2);
		signIn(new MockHttpSession(), voter.token());
		Viewer enterprise = Viewer.enterprise("ent" + voter.enterpriseId(), voter.enterpriseId());
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/rate/{id}/account", campaignId).session(session).with(as(enterprise)).with(csrf()))
			.andExpect(redirectedUrl("/rate/" + campaignId))
			.andExpect(flash().attribute("refusal", "evaluation.online.path.useCredential"));
		assertThat(session.getAttribute(OnlineRater.SESSION_ATTRIBUTE)).isNull();
		assertThat(fixture.ratingPath(voter.voterId())).isEqualTo("CREDENTIAL");
		mvc.perform(get("/rate/{id}", campaignId).flashAttr("refusal", "evaluation.online.path.useCredential"))
			.andExpect(content().string(containsString("贵企业已使用凭证参评，请继续使用凭证")));
	}

	@Test
	void accountsNotOfAnEnterpriseOnTheRollAreRefused() throws Exception {
		long stranger = fixture.evaluation.enterprise("名单外企业");
		mvc.perform(post("/rate/{id}/account", campaignId).with(as(Viewer.enterprise("stranger", stranger)))
			.with(csrf())).andExpect(flash().attribute("refusal", "evaluation.online.account.notOnRoll"));
		mvc.perform(post("/rate/{id}/account", campaignId).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.online.account.notEnterprise"));
		mvc.perform(get("/rate/{id}/account", campaignId)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void outsideTheWindowThePagesSaySoAndNothingIsTaken() throws Exception {
		long later = fixture.campaignNotYetOpen();
		List<IssuedCredential> early = fixture.voters(later, 1);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/rate/{id}/credential", later).param("credential", early.get(0).token())
			.session(session)
			.with(client("10.3.0.1"))
			.with(csrf())).andExpect(redirectedUrl("/rate/" + later + "/departments"));
		mvc.perform(get("/rate/{id}/departments/{d}", later, fixture.first).session(session))
			.andExpect(content().string(containsString("未开始，将于")))
			.andExpect(content().string(containsString("disabled")));
		Written before = fixture.written(later);
		mvc.perform(post("/rate/{id}/departments/{d}", later, fixture.first).session(session)
			.param("scores[0]", "8")
			.param("scores[1]", "8")
			.param("scores[2]", "8")
			.param("scores[3]", "8")
			.param("submit", "1")
			.with(csrf())).andExpect(flash().attribute("refusal", BallotVerdict.NOT_YET_OPEN.messageCode()));
		mvc.perform(post("/rate/{id}/departments/{d}", later, fixture.first).session(session)
			.param("scores[0]", "8")
			.param("draft", "1")
			.with(csrf())).andExpect(flash().attribute("refusal", BallotVerdict.NOT_YET_OPEN.messageCode()));
		assertThat(fixture.written(later)).isEqualTo(before);

		MockHttpSession closing = new MockHttpSession();
		signIn(closing, voters.get(0).token());
		fixture.evaluation.close(campaignId);
		Written closed = fixture.written(campaignId);
		mvc.perform(rating(closing, fixture.first).param("scores[0]", "8")
			.param("scores[1]", "8")
			.param("scores[2]", "8")
			.param("scores[3]", "8")
			.param("submit", "1")).andExpect(flash().attribute("refusal", BallotVerdict.CLOSED.messageCode()));
		mvc.perform(get("/rate/{id}/departments/{d}", campaignId, fixture.first).session(closing)
			.flashAttr("refusal", BallotVerdict.CLOSED.messageCode()))
			.andExpect(content().string(containsString("本轮投票已结束")))
			.andExpect(content().string(containsString("已结束")));
		assertThat(fixture.written(campaignId)).isEqualTo(closed);
	}

	@Test
	void theCentreGetsTheCampaignQrCodeOthersDoNot() throws Exception {
		mvc.perform(get("/evaluations/{id}/rate-qr.png", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		mvc.perform(get("/evaluations/{id}/rate-qr.png", campaignId)
			.with(as(Viewer.enterprise("e", voters.get(0).enterpriseId())))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluations").with(as(CENTRE)))
			.andExpect(content().string(containsString("/evaluations/" + campaignId + "/rate-qr.png")));
	}

	@Test
	void theLiveVoterPageLinksToOnlineRatingWithTheCredentialOnlyInTheFragment() throws Exception {
		mvc.perform(get("/vote/{token}", voters.get(0).token()))
			.andExpect(content().string(containsString("href=\"/rate/" + campaignId + "#c=" + voters.get(0).token() + "\"")));
	}

	private void signIn(MockHttpSession session, String token) throws Exception {
		mvc.perform(post("/rate/{id}/credential", campaignId).param("credential", token)
			.session(session)
			.with(client("10.0.0." + (token.hashCode() & 0xff)))
			.with(csrf())).andExpect(redirectedUrl("/rate/" + campaignId + "/departments"));
	}

	private MockHttpServletRequestBuilder rating(MockHttpSession session, long department) {
		return post("/rate/{id}/departments/{d}", campaignId, department).session(session).with(csrf());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor client(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
