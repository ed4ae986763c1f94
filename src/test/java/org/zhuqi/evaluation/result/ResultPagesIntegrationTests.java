package org.zhuqi.evaluation.result;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.live.LiveHost;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResultPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResultsPublisher publisher;

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

	private ResultsScenario scenario() {
		return ResultsScenario.closed(new EvaluationFixture(jdbc, setup, roll, clock), box, host);
	}

	@Test
	void theCentreSeesUnpublishedResultsMarkedSoAndPublishesThemFromThePage() throws Exception {
		ResultsScenario s = scenario();
		mvc.perform(get("/evaluations/{id}/results", s.campaignId()).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未发布")))
			.andExpect(content().string(containsString("现场测评组排名")))
			.andExpect(content().string(containsString("8.7500")));
		mvc.perform(get("/evaluations").with(as(CENTRE)))
			.andExpect(content().string(containsString("/evaluations/" + s.campaignId() + "/results")));

		mvc.perform(post("/evaluations/{id}/results/publish", s.campaignId()).with(as(CENTRE)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "evaluation.results.publishedNow"));
		mvc.perform(get("/evaluations/{id}/results", s.campaignId()).with(as(CENTRE)))
			.andExpect(content().string(containsString("已发布")))
			.andExpect(content().string(containsString("name=\"reason\"")));
	}

	@Test
	void aDepartmentSeesItsOwnResultsOnlyAndOnlyOncePublished() throws Exception {
		ResultsScenario s = scenario();
		Viewer own = Viewer.department("dept-" + s.live(), s.live());
		mvc.perform(get("/evaluations/{id}/results/{d}", s.campaignId(), s.live()).with(as(own)))
			.andExpect(status().isNotFound());

		publisher.publish(s.campaignId(), null, CENTRE);

		mvc.perform(get("/evaluations/{id}/results/{d}", s.campaignId(), s.live()).with(as(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ResultsScenario.LIVE_COMMENT)))
			.andExpect(content().string(containsString("8.7500")))
			.andExpect(content().string(not(containsString("评议企业"))));
		mvc.perform(get("/evaluations/{id}/results/{d}", s.campaignId(), s.online()).with(as(own)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/evaluations/{id}/results", s.campaignId()).with(as(own))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/{id}/results.xlsx", s.campaignId()).with(as(own)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/{id}/results/{d}", s.campaignId(), s.live())
			.with(as(Viewer.enterprise("e", 1L)))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluations/mine").with(as(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/evaluations/" + s.campaignId() + "/results/" + s.live())));
	}

	@Test
	void exportsHoldTheRankingsAndNoVoterIdentity() throws Exception {
		ResultsScenario s = scenario();
		publisher.publish(s.campaignId(), null, CENTRE);
		List<String> voterKeys = jdbc.sql("select voter_key from evaluation_ballot where campaign_id = :c")
			.param("c", s.campaignId()).query(String.class).list();
		String liveName = jdbc.sql("select name from department where id = :id").param("id", s.live())
			.query(String.class).single();

		byte[] xlsx = mvc.perform(get("/evaluations/{id}/results.xlsx", s.campaignId()).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		StringBuilder cells = new StringBuilder();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("排名");
			assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
			DataFormatter format = new DataFormatter();
			for (Sheet sheet : workbook) {
				sheet.forEach(row -> row.forEach(cell -> cells.append(format.formatCellValue(cell)).append('|')));
			}
		}
		assertThat(cells).contains("现场测评组排名", "网上测评组排名", "全部单位排名", liveName, ResultsScenario.LIVE_COMMENT,
				ResultsScenario.LOW_COMMENT);
		assertNoIdentity(cells.toString(), s, voterKeys);

		byte[] pdf = mvc.perform(get("/evaluations/{id}/results.pdf", s.campaignId()).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
			assertThat(text).contains("评议结果报告", "全部单位排名", liveName, "8.7500",
					jdbc.sql("select last_hash from evaluation_ledger_head where campaign_id = :c")
						.param("c", s.campaignId()).query(String.class).single());
			assertNoIdentity(text, s, voterKeys);
		}
	}

	@Test
	void aLowCommentBecomesExactlyOneProblemAssignedToTheDepartment() throws Exception {
		ResultsScenario s = scenario();
		publisher.publish(s.campaignId(), null, CENTRE);
		Viewer own = Viewer.department("dept-" + s.online(), s.online());
		long lowCommented = ballot(s, ResultsScenario.LOW_COMMENT);
		long notLow = jdbc.sql("""
				select id from evaluation_ballot where campaign_id = :c and department_id = :d and scores = '8,8,8,8'""")
			.param("c", s.campaignId()).param("d", s.online()).query(Long.class).single();

		mvc.perform(post("/evaluations/{id}/results/{d}/rectifications", s.campaignId(), s.online())
			.param("ballot", String.valueOf(notLow)).with(as(own)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.results.rectify.notEligible"));
		mvc.perform(post("/evaluations/{id}/results/{d}/rectifications", s.campaignId(), s.live())
			.param("ballot", String.valueOf(lowCommented)).with(as(own)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/evaluations/{id}/results/{d}/rectifications", s.campaignId(), s.online())
			.param("ballot", String.valueOf(lowCommented)).with(as(own)).with(csrf()))
			.andExpect(flash().attribute("message", "evaluation.results.rectify.done"));
		mvc.perform(post("/evaluations/{id}/results/{d}/rectifications", s.campaignId(), s.online())
			.param("ballot", String.valueOf(lowCommented)).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.results.rectify.already"));

		long rectification = jdbc.sql("select id from evaluation_rectification where ballot_id = :b")
			.param("b", lowCommented).query(Long.class).single();
		String origin = "evaluation-rectification:" + rectification;
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (count("select count(*) from demand where origin = :o", origin) == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		assertThat(count("select count(*) from demand where origin = :o", origin)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select lead_department_id, state, category_code, enterprise_id, description from demand where origin = :o""")
			.param("o", origin)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getObject(4)),
					rs.getString(5)))
			.single()).satisfies(demand -> {
				assertThat(demand.get(0)).isEqualTo(s.online());
				assertThat(demand.get(1)).isEqualTo("ASSIGNED");
				assertThat(demand.get(2)).isEqualTo("EVALUATION");
				assertThat(demand.get(3)).isEqualTo("null");
				assertThat((String) demand.get(4)).contains(ResultsScenario.LOW_COMMENT);
			});

		mvc.perform(get("/evaluations/{id}/results/{d}", s.campaignId(), s.online()).with(as(own)))
			.andExpect(content().string(containsString("已转为整改事项")));
		long demandId = jdbc.sql("select id from demand where origin = :o").param("o", origin).query(Long.class).single();
		mvc.perform(get("/demands").with(as(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/demands/" + demandId)));
		mvc.perform(get("/demands/{id}", demandId).with(as(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ResultsScenario.LOW_COMMENT)));
	}

	private long ballot(ResultsScenario s, String comment) {
		return jdbc.sql("select id from evaluation_ballot where campaign_id = :c and comment = :comment")
			.param("c", s.campaignId()).param("comment", comment).query(Long.class).single();
	}

	private int count(String sql, String origin) {
		return jdbc.sql(sql).param("o", origin).query(Integer.class).single();
	}

	private static void assertNoIdentity(String text, ResultsScenario s, List<String> voterKeys) {
		s.enterpriseNames().forEach(name -> assertThat(text).doesNotContain(name));
		assertThat(text).doesNotContain("代表0", "代表1", "代表2");
		voterKeys.forEach(key -> assertThat(text).doesNotContain(key));
	}

}
