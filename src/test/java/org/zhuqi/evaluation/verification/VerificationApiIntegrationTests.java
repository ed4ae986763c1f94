package org.zhuqi.evaluation.verification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerChain;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.ledger.LedgerLines;
import org.zhuqi.evaluation.ledger.LedgerLines.BallotContent;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.verification.Verifier.Outcome;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.Viewer;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * The ledger export and the results file over HTTP: what they contain (and that no voter key or enterprise
 * does), that the verifier accepts them together, who may download them when, and the problems for an unknown
 * campaign and a draft.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VerificationApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	BallotBox box;

	@Autowired
	LiveHost host;

	@Autowired
	Ledger ledger;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path files;

	@Test
	void exportsTheLedgerAndTheResultsWithoutVotersAndTheVerifierReproducesThem() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long market = fixture.department("区市场监管局");
		long labour = fixture.department("区人力社保局");
		long tax = fixture.department("区税务局");
		Campaign campaign = fixture.draft(List.of(market, labour), List.of(tax));
		List<String> tokens = fixture.voters(campaign.getId(), 3);
		long id = fixture.open(campaign).getId();
		host.start(id, CENTRE);
		host.act(id, HostAction.OPEN_VOTING, null, 600, CENTRE);
		cast(id, market, tokens.get(0), "窗口服务很好", 8, 9, 7, 10);
		cast(id, market, tokens.get(1), null, 9, 9, 9, 9);
		host.act(id, HostAction.CLOSE_VOTING, null, null, CENTRE);
		cast(id, tax, tokens.get(2), null, 6, 7, 8, 9);

		byte[] ledgerFile = mvc.perform(get("/api/v1/campaigns/{id}/ledger", id).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/x-ndjson;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger-" + id + ".jsonl\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String ledgerText = new String(ledgerFile, StandardCharsets.UTF_8);
		List<String> lines = ledgerText.lines().toList();
		assertThat(lines).hasSize(4);
		List<LedgerEntry> exported = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		for (String line : lines) {
			@SuppressWarnings("unchecked")
			Map<String, Object> entry = json.readValue(line, Map.class);
			assertThat(entry.keySet()).as("only seq, hash and line").containsExactly("seq", "hash", "line");
			exported.add(new LedgerEntry(((Number) entry.get("seq")).longValue(), (String) entry.get("line"),
					(String) entry.get("hash")));
		}
		assertThat(exported).isEqualTo(ledger.entries(id));
		assertThat(LedgerChain.verify(exported).intact()).isTrue();
		List<String> voterKeys = jdbc.sql("select voter_key from evaluation_ballot where campaign_id = :id")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(voterKeys).hasSize(3);
		voterKeys.forEach(key -> assertThat(ledgerText).doesNotContain(key));
		tokens.forEach(token -> assertThat(ledgerText).doesNotContain(token));
		assertThat(ledgerText).doesNotContain("评议企业").doesNotContain("窗口服务很好");

		String results = mvc.perform(get("/api/v1/campaigns/{id}/results.csv", id).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"results-" + id + ".csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		LedgerHead head = ledger.head(id).orElseThrow();
		assertThat(results.lines().toList()).startsWith(ResultsFile.FORMAT_LINE, "#campaign," + id,
				"#head,3," + head.hash(), ResultsFile.COLUMNS);
		// market: 8.5 and 9 → 8.75; tax: (6×30 + 7×30 + 8×20 + 9×20) / 100 = 7.3; labour: no ballots
		assertThat(results).contains("\n" + market + ",LIVE,2,8.7500,8.7500,1,1,\"区市场监管局")
			.contains("\n" + tax + ",ONLINE,1,7.3000,7.3000,1,2,\"区税务局")
			.contains("\n" + labour + ",LIVE,0,,,,,\"区人力社保局")
			.doesNotContain("评议企业");

		Outcome outcome = Verifier.launch(Files.write(files.resolve("ledger.jsonl"), ledgerFile),
				Files.writeString(files.resolve("results.csv"), results));
		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.ranking()).containsExactly(market + "=1", tax + "=2", labour + "=-");
	}

	@Test
	void theVerifierReproducesThePublishedDemoCampaignFromItsExports() throws Exception {
		long id = jdbc.sql("select id from evaluation_campaign where period_label = '2026 上半年' and status = 'PUBLISHED'")
			.query(Long.class)
			.list()
			.get(0);
		byte[] ledgerFile = mvc.perform(get("/api/v1/campaigns/{id}/ledger", id).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String results = mvc.perform(get("/api/v1/campaigns/{id}/results.csv", id).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long publishedSeq = jdbc.sql("select ledger_seq from evaluation_publication where campaign_id = :id and withdrawn_at is null")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(results.lines().toList().get(2)).startsWith("#head," + publishedSeq + ",");

		Outcome outcome = Verifier.launch(Files.write(files.resolve("demo.jsonl"), ledgerFile),
				Files.writeString(files.resolve("demo.csv"), results));
		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.ranking()).hasSize(72);
	}

	@Test
	void letsTheCentreReadAlwaysAndEnterprisesOnlyOncePublished() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long department = fixture.department("区商务局");
		long enterprise = fixture.enterprise("评议读者企业");
		long id = fixture.open(fixture.draft(List.of(), List.of(department))).getId();
		Viewer reader = Viewer.enterprise("reader", enterprise);
		for (String file : List.of("ledger", "results.csv")) {
			String path = "/api/v1/campaigns/" + id + "/" + file;
			mvc.perform(get(path).with(as(CENTRE))).andExpect(status().isOk());
			mvc.perform(get(path).with(as(reader))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(as(Viewer.department("dept", department)))).andExpect(status().isForbidden());
			mvc.perform(get(path).with(as(Viewer.cadre("cadre", 1)))).andExpect(status().isForbidden());
			mvc.perform(get(path))
				.andExpect(status().isUnauthorized());
		}
		fixture.close(id);
		// publishing is another part's; until it exists the status is set here
		jdbc.sql("update evaluation_campaign set status = 'PUBLISHED' where id = :id").param("id", id).update();
		mvc.perform(get("/api/v1/campaigns/{id}/ledger", id).with(as(reader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/campaigns/{id}/results.csv", id).with(as(reader))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/campaigns/{id}/ledger", id).with(as(Viewer.department("dept", department))))
			.andExpect(status().isForbidden());
	}

	@Test
	void answersAnUnknownCampaignAndADraftWithProblems() throws Exception {
		mvc.perform(get("/api/v1/campaigns/{id}/ledger", Long.MAX_VALUE).with(as(CENTRE)).accept("application/x-ndjson"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"));
		mvc.perform(get("/api/v1/campaigns/{id}/results.csv", Long.MAX_VALUE).with(as(CENTRE)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long draft = fixture.draft(List.of(), List.of(fixture.department("区文旅局"))).getId();
		mvc.perform(get("/api/v1/campaigns/{id}/ledger", draft).with(as(CENTRE)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	void theOpenApiDocumentDescribesBothDownloads() throws Exception {
		mvc.perform(get("/api/v1/openapi").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/ledger'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/ledger'].get.responses['200'].content['application/x-ndjson']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/v1/campaigns/{id}/results.csv'].get.responses['200'].content['text/csv']")
				.exists());
	}

	@Test
	void streamsALongLedgerPageByPageInOrder() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long department = fixture.department("区统计局");
		long id = fixture.open(fixture.draft(List.of(), List.of(department))).getId();
		int ballots = LedgerExport.PAGE * 2 + 345;
		transactions.executeWithoutResult(status -> {
			LedgerHead head = ledger.lock(id);
			List<String> lines = new ArrayList<>();
			String previous = head.hash();
			for (int seq = 1; seq <= ballots; seq++) {
				String line = LedgerLines.ballot(id, seq, new BallotContent(department, "ONLINE", List.of(7, 8, 9, 10), null),
						Instant.parse("2026-06-30T02:00:00Z").plusMillis(seq), previous);
				lines.add(line);
				previous = LedgerLines.hash(line);
			}
			ledger.append(head, lines);
		});

		String text = mvc.perform(get("/api/v1/campaigns/{id}/ledger", id).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(ballots + 1);
		List<LedgerEntry> stored = ledger.entries(id);
		for (int i = 0; i < lines.size(); i++) {
			assertThat(lines.get(i)).isEqualTo(LedgerExport.jsonLine(stored.get(i)));
		}
		Outcome outcome = Verifier.launch(Files.writeString(files.resolve("long.jsonl"), text));
		assertThat(outcome.exitCode()).as(outcome.output()).isZero();
		assertThat(outcome.output()).contains("Ballots: " + ballots + " in 1 departments");
	}

	private void cast(long campaignId, long department, String token, String comment, Integer... scores) {
		assertThat(box.cast(new BallotRequest(campaignId, department, token, List.of(scores), comment, Channel.PHONE,
				UUID.randomUUID().toString())).accepted()).isTrue();
	}

}
