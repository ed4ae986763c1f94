package org.zhuqi.evaluation.live;

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
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * The live session's pages and the keypad bridge's API over HTTP: the host's console and buttons, the voter page
 * opened by the credential alone, its ballot answers (本轮投票已结束 after the close is a 200 answer, not an error
 * page), the key of the big screen, and keypad batches with duplicates and unknown keypads.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LivePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LiveHost host;

	@Autowired
	Keypads keypads;

	@Autowired
	ScreenKeys screenKeys;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long first;

	long second;

	long campaignId;

	List<String> tokens;

	String firstName;

	@BeforeEach
	void setUp() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		firstName = "区统计局" + System.nanoTime();
		first = fixture.department(firstName);
		second = fixture.department("区审计局");
		Campaign campaign = fixture.draft(List.of(first, second), List.of());
		tokens = fixture.voters(campaign.getId(), 4);
		campaignId = fixture.open(campaign).getId();
	}

	@Test
	void theHostStartsTheSessionAndOpensVotingFromTheConsole() throws Exception {
		mvc.perform(get("/evaluations/{id}/live", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"live-start\"")));
		mvc.perform(post("/evaluations/{id}/live/start", campaignId).with(as(CENTRE)).with(csrf()))
			.andExpect(redirectedUrl("/evaluations/" + campaignId + "/live"))
			.andExpect(flash().attribute("message", "evaluation.live.done.start"));
		mvc.perform(get("/evaluations/{id}/live", campaignId).with(as(CENTRE)))
			.andExpect(content().string(containsString("id=\"live-open\"")))
			.andExpect(content().string(containsString("value=\"60\"")));
		int version = host.session(campaignId, CENTRE).orElseThrow().getVersion();
		mvc.perform(post("/evaluations/{id}/live/open", campaignId).param("version", String.valueOf(version))
			.param("seconds", "45")
			.with(as(CENTRE))
			.with(csrf())).andExpect(flash().attribute("message", "evaluation.live.done.open"));
		mvc.perform(post("/evaluations/{id}/live/next", campaignId).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.live.round.stillOpen"));
		mvc.perform(post("/evaluations/{id}/live/close", campaignId).param("version", String.valueOf(version))
			.with(as(CENTRE))
			.with(csrf())).andExpect(flash().attribute("refusal", "form.conflict"));
		mvc.perform(get("/evaluations/{id}/live", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(firstName)))
			.andExpect(content().string(containsString("id=\"live-close\"")))
			.andExpect(content().string(containsString("/screen/" + campaignId + "?key=" + screenKeys.keyOf(campaignId))));

		mvc.perform(get("/evaluations/{id}/live", campaignId).with(as(Viewer.department("dept", first))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/live/open", campaignId).with(as(Viewer.department("dept", first)))
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theVoterPageNeedsOnlyTheCredentialAndKeepsItOutOfReferersAndSessions() throws Exception {
		host.start(campaignId, CENTRE);
		mvc.perform(get("/vote/{token}", tokens.get(0)))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(content().string(containsString(firstName)))
			.andExpect(content().string(containsString("data-round=\"WAITING\"")))
			.andExpect(content().string(containsString("data-score=\"10\"")));
		mvc.perform(get("/vote/{token}", "AAAAAAAAAAAAAAAAAAAAAAAA"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("投票凭证无效")))
			.andExpect(content().string(not(containsString("data-score"))));
		mvc.perform(get("/vote/{token}/state", tokens.get(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentId").value(first))
			.andExpect(jsonPath("$.voted").value(false));
	}

	@Test
	void answersEveryBallotFromThePhoneWithAVerdictAndItsMessage() throws Exception {
		host.start(campaignId, CENTRE);
		vote(tokens.get(0), first, 8, "phone-key-0001").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("NOT_YET_OPEN"));
		host.act(campaignId, HostAction.OPEN_VOTING, null, 60, CENTRE);
		vote(tokens.get(0), first, 8, "phone-key-0001").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("ACCEPTED"))
			.andExpect(jsonPath("$.message").value(containsString("已提交")));
		vote(tokens.get(0), first, 8, "phone-key-0001").andExpect(jsonPath("$.verdict").value("ACCEPTED"));
		vote(tokens.get(0), first, 3, "phone-key-0002").andExpect(jsonPath("$.verdict").value("ALREADY_VOTED"));
		vote(tokens.get(1), first, 11, "phone-key-0003").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.verdict").value("INVALID"));
		mvc.perform(get("/vote/{token}/state", tokens.get(0))).andExpect(jsonPath("$.voted").value(true));

		host.act(campaignId, HostAction.CLOSE_VOTING, null, null, CENTRE);
		vote(tokens.get(1), first, 9, "phone-key-0004").andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("CLOSED"))
			.andExpect(jsonPath("$.message").value("本轮投票已结束。"));
		vote("AAAAAAAAAAAAAAAAAAAAAAAA", first, 9, "phone-key-0005")
			.andExpect(jsonPath("$.verdict").value("UNKNOWN_CREDENTIAL"));
	}

	@Test
	void theBigScreenNeedsItsKey() throws Exception {
		host.start(campaignId, CENTRE);
		mvc.perform(get("/screen/{id}", campaignId)).andExpect(status().isNotFound());
		mvc.perform(get("/screen/{id}", campaignId).param("key", "0".repeat(32))).andExpect(status().isNotFound());
		mvc.perform(get("/screen/{id}", campaignId).param("key", screenKeys.keyOf(campaignId)))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString(firstName)))
			.andExpect(content().string(containsString("data-mode=\"round\"")));
		mvc.perform(get("/screen/{id}/events", campaignId)).andExpect(status().isNotFound());
	}

	@Test
	void castsKeypadBatchesPressByPressWithDuplicatesAndUnknownKeypads() throws Exception {
		keypads.register(campaignId, "K0001", "http://zhuqi.example/vote/" + tokens.get(0), CENTRE);
		keypads.register(campaignId, "K0002", tokens.get(1), CENTRE);
		LiveSession session = host.start(campaignId, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 60, CENTRE);
		vote(tokens.get(1), first, 7, "phone-key-0101").andExpect(jsonPath("$.verdict").value("ACCEPTED"));

		String batch = """
				[{"keypad": "K0001", "department": %1$d, "score": 8},
				 {"keypad": "K0001", "department": %1$d, "score": 8},
				 {"keypad": "K0001", "department": %1$d, "score": 3},
				 {"keypad": "K0002", "department": %1$d, "score": 9},
				 {"keypad": "K9999", "department": %1$d, "score": 9},
				 {"keypad": "K0001", "department": %1$d, "score": 11},
				 {"keypad": "K0001", "department": %2$d, "score": 6}]""".formatted(first, second);
		mvc.perform(post("/api/v1/sessions/{id}/keypad-batches", session.getId()).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].verdict").value(contains("ACCEPTED", "ACCEPTED",
					"ALREADY_VOTED", "ALREADY_VOTED", PressResult.UNKNOWN_KEYPAD, PressResult.INVALID, "NOT_YET_OPEN")))
			.andExpect(jsonPath("$[1].keypad").value("K0001"))
			.andExpect(jsonPath("$[4].message").value("该表决器未登记。"));
		assertThat(jdbc.sql("""
				select channel from evaluation_ballot where campaign_id = :c and department_id = :d order by channel""")
			.param("c", campaignId)
			.param("d", first)
			.query(String.class)
			.list()).containsExactly("KEYPAD", "PHONE");

		mvc.perform(post("/api/v1/sessions/{id}/keypad-batches", session.getId()).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("[]")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/sessions/{id}/keypad-batches", session.getId())
			.with(as(Viewer.department("dept", first)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch)).andExpect(status().isForbidden());
	}

	@Test
	void registersOneKeypadPerVoterByTheScannedCredential() throws Exception {
		keypads.register(campaignId, "K0101", tokens.get(0), CENTRE);
		assertThat(keypads.register(campaignId, "K0102", tokens.get(0) + "\n", CENTRE))
			.contains("K0101");
		assertThat(keypads.list(campaignId, "K01", 10, CENTRE))
			.extracting(Keypads.Keypad::keypad)
			.containsExactly("K0102");
		mvc.perform(post("/evaluations/{id}/keypads", campaignId).param("keypad", "K0103")
			.param("credential", "not a credential")
			.with(as(CENTRE))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未识别到本次评议的投票凭证")));
		mvc.perform(post("/evaluations/{id}/keypads", campaignId).param("keypad", "K0103")
			.param("credential", tokens.get(2))
			.with(as(CENTRE))
			.with(csrf())).andExpect(flash().attribute("message", "evaluation.keypads.registered"));
		mvc.perform(get("/evaluations/{id}/keypads", campaignId).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("K0103")))
			.andExpect(content().string(not(containsString(tokens.get(2)))));
	}

	private ResultActions vote(String token, long department, int score, String key) throws Exception {
		return mvc.perform(post("/vote/{token}/ballots", token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"department\": " + department + ", \"score\": " + score + ", \"idempotencyKey\": \"" + key + "\"}"));
	}

}
