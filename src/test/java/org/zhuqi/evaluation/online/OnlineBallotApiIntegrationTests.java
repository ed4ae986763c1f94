package org.zhuqi.evaluation.online;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.online.OnlineFixture.Written;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * {@code POST /api/v1/campaigns/{id}/online-ballots}: an accepted ballot answers 201 without a receipt, and every
 * bad input of issue 4's list is a problem+json with a clear detail and the field — and writes nothing (ballot
 * count, ledger head and drafts unchanged).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OnlineBallotApiIntegrationTests {

	private static final String FULL = "[8, 9, 7, 10]";

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	OnlineFixture fixture;

	long campaignId;

	List<IssuedCredential> voters;

	int client;

	@BeforeEach
	void setUp() {
		fixture = new OnlineFixture(jdbc, setup, roll, ledger, clock);
		campaignId = fixture.openCampaign();
		voters = fixture.voters(campaignId, 3);
	}

	@Test
	void anAcceptedBallotIsCreatedWithoutAReceipt() throws Exception {
		Written before = fixture.written(campaignId);
		cast(voters.get(0).token(), body(fixture.first, FULL, "\"comment\": \"办事快\", \"idempotencyKey\": \"api-key-0001\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.verdict").value("ACCEPTED"))
			.andExpect(jsonPath("$.message").value("已提交，感谢您的评价。"))
			.andExpect(jsonPath("$.receipt").doesNotExist())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(before.head().hash()))));
		cast(voters.get(0).token(), body(fixture.first, FULL, "\"idempotencyKey\": \"api-key-0001\""))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/campaigns/{id}/online-ballots", campaignId).contentType(MediaType.APPLICATION_JSON)
			.content(body(fixture.second, FULL, "\"credential\": \"" + voters.get(1).token() + "\"")))
			.andExpect(status().isCreated());
		assertThat(fixture.written(campaignId).ballots()).isEqualTo(before.ballots() + 2);
	}

	@Test
	void aWrongCredentialIsUnauthorised() throws Exception {
		refused(cast("AAAAAAAAAAAAAAAAAAAAAAAA", body(fixture.first, FULL, null)), 401, "credential",
				"投票凭证无效");
		refused(cast(null, body(fixture.first, FULL, null)), 401, "credential", "请输入投票凭证");
	}

	@Test
	void aRevokedCredentialIsForbidden() throws Exception {
		roll.revoke(campaignId, voters.get(0).voterId(), CENTRE);
		refused(cast(voters.get(0).token(), body(fixture.first, FULL, null)), 403, "credential", "已作废");
	}

	@Test
	void aCredentialOfAnAccountVoterIsForbidden() throws Exception {
		IssuedCredential voter = voters.get(2);
		mvc.perform(post("/rate/{id}/account", campaignId)
			.with(as(Viewer.enterprise("e" + voter.enterpriseId(), voter.enterpriseId())))
			.with(csrf()));
		refused(cast(voter.token(), body(fixture.first, FULL, null)), 403, "credential", "贵企业已使用企业账号参评");
	}

	@Test
	void aSecondBallotIsAConflict() throws Exception {
		cast(voters.get(0).token(), body(fixture.first, FULL, null)).andExpect(status().isCreated());
		Written before = fixture.written(campaignId);
		cast(voters.get(0).token(), body(fixture.first, "[1, 1, 1, 1]", null)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.verdict").value("ALREADY_VOTED"))
			.andExpect(jsonPath("$.detail").value(containsString("只能评一次")));
		assertThat(fixture.written(campaignId)).isEqualTo(before);
	}

	@Test
	void aBallotForADepartmentNotOpenOnlineIsRefused() throws Exception {
		refused(cast(voters.get(0).token(), body(fixture.live, FULL, null)), 400, "department", "不在网上测评之列");
		refused(cast(voters.get(0).token(), body(Long.MAX_VALUE, FULL, null)), 400, "department", "不在本次评议范围内");
		refused(cast(voters.get(0).token(), "{\"scores\": " + FULL + "}"), 400, "department", "请指明评价的单位");
	}

	@Test
	void aBallotOutsideTheWindowIsAConflict() throws Exception {
		long later = fixture.campaignNotYetOpen();
		List<IssuedCredential> early = fixture.voters(later, 1);
		Written before = fixture.written(later);
		mvc.perform(post("/api/v1/campaigns/{id}/online-ballots", later).header(OnlineBallotApi.CREDENTIAL_HEADER,
				early.get(0).token())
			.with(address())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(fixture.first, FULL, null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.verdict").value("NOT_YET_OPEN"))
			.andExpect(jsonPath("$.detail").value("评分尚未开始。"));
		assertThat(fixture.written(later)).isEqualTo(before);
		fixture.evaluation.close(campaignId);
		Written closed = fixture.written(campaignId);
		cast(voters.get(0).token(), body(fixture.first, FULL, null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.verdict").value("CLOSED"));
		assertThat(fixture.written(campaignId)).isEqualTo(closed);
	}

	@Test
	void aScoreOutsideTheScaleNamesItsDimension() throws Exception {
		refused(cast(voters.get(0).token(), body(fixture.first, "[8, 11, 7, 10]", null)), 400, "scores[1]",
				"“办事效率”的分数须在 1 到 10 之间");
		refused(cast(voters.get(0).token(), body(fixture.first, "[0, 9, 7, 10]", null)), 400, "scores[0]",
				"“服务态度”的分数须在 1 到 10 之间");
	}

	@Test
	void aMissingDimensionIsNamed() throws Exception {
		refused(cast(voters.get(0).token(), body(fixture.first, "[8, 9, 7]", null)), 400, "scores[3]",
				"请为“廉洁自律”评分");
		refused(cast(voters.get(0).token(), body(fixture.first, "[8, null, 7, 10]", null)), 400, "scores[1]",
				"请为“办事效率”评分");
		refused(cast(voters.get(0).token(), body(fixture.first, "[8, 9, 7, 10, 5]", null)), 400, "scores",
				"只有 4 个维度");
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		refused(cast(voters.get(0).token(), "{\"department\": 1, \"scores\": [8, 9"), 400, "body", "不是有效的 JSON");
		refused(cast(voters.get(0).token(), body(fixture.first, "[\"八\", 9, 7, 10]", null)), 400, "scores[0]",
				"字段 scores[0] 的值类型不正确");
	}

	@Test
	void anOversizeCommentIsRefused() throws Exception {
		refused(cast(voters.get(0).token(), body(fixture.first, FULL, "\"comment\": \"" + "评".repeat(501) + "\"")), 400,
				"comment", "意见建议最多 500 个字");
		refused(cast(voters.get(0).token(), body(fixture.first, FULL, "\"idempotencyKey\": \"短\"")), 400,
				"idempotencyKey", "提交编号");
	}

	/** Asserts the problem and that nothing was written, not even the voter's rating path. */
	private void refused(ResultActions answer, int status, String field, String detail) throws Exception {
		answer.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.detail").value(containsString(detail)))
			.andExpect(jsonPath("$.verdict").doesNotExist());
		Written now = fixture.written(campaignId);
		assertThat(now.ballots()).as("ballots").isZero();
		assertThat(now.head().seq()).as("ledger head").isZero();
		assertThat(now.drafts()).isZero();
		if (status == 400) {
			assertThat(fixture.ratingPath(voters.get(0).voterId())).as("rating path").isNull();
		}
	}

	private ResultActions cast(String credential, String body) throws Exception {
		var request = post("/api/v1/campaigns/{id}/online-ballots", campaignId).with(address())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (credential != null) {
			request.header(OnlineBallotApi.CREDENTIAL_HEADER, credential);
		}
		return mvc.perform(request);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor address() {
		String address = "10.20." + (campaignId % 250) + "." + (++client % 250);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String body(long department, String scores, String more) {
		return "{\"department\": " + department + ", \"scores\": " + scores + (more == null ? "" : ", " + more) + "}";
	}

}
