package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * The charts of the results pages: the JSON each page embeds for ECharts holds the same numbers as its tables,
 * with axis names in the reader's language, and the ECharts script is served and loaded only where charts are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResultChartsIntegrationTests {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	JsonMapper json;

	@Test
	void theDepartmentPageCarriesOneDistributionChartPerDimension() throws Exception {
		ResultsScenario s = ResultsScenario.closed(new EvaluationFixture(jdbc, setup, roll, clock), box, host);
		Document page = page("/evaluations/" + s.campaignId() + "/results/" + s.live());

		List<Element> containers = page.select("#distribution .chart[data-chart]");
		assertThat(containers).hasSize(4);
		assertThat(page.select("script[src^='/webjars/echarts/'][src$='/dist/echarts.min.js']")).hasSize(1);
		assertThat(page.select("script[src*='/js/result-charts.js']")).hasSize(1);
		// live ballots: 8, 9, 7, 10 and 9, 9, 9, 9
		int[][] expected = { { 8, 9 }, { 9, 9 }, { 7, 9 }, { 10, 9 } };
		for (int i = 0; i < containers.size(); i++) {
			JsonNode chart = json.readTree(containers.get(i).attr("data-chart"));
			assertThat(chart.get("horizontal").asBoolean()).isFalse();
			assertThat(chart.get("categoryName").asString()).isEqualTo("分值");
			assertThat(chart.get("valueName").asString()).isEqualTo("票数");
			assertThat(texts(chart.get("categories"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
			int[] counts = new int[10];
			for (int score : expected[i]) {
				counts[score - 1]++;
			}
			List<Integer> values = new ArrayList<>();
			chart.get("values").forEach(v -> values.add(v.asInt()));
			assertThat(values).as("dimension %d", i).containsExactly(java.util.Arrays.stream(counts).boxed().toArray(Integer[]::new));
			// the same numbers as the table kept beside the chart
			List<String> cells = containers.get(i).parent().select("tbody td").eachText();
			assertThat(cells).containsExactlyElementsOf(values.stream().map(String::valueOf).toList());
		}

		Document english = page("/evaluations/" + s.campaignId() + "/results/" + s.live() + "?lang=en");
		JsonNode chart = json.readTree(english.select("#distribution .chart[data-chart]").get(0).attr("data-chart"));
		assertThat(chart.get("categoryName").asString()).isEqualTo("Score");
		assertThat(chart.get("valueName").asString()).isEqualTo("Ballots");
	}

	@Test
	void theResultsPageCarriesTheOverallRankingBestFirst() throws Exception {
		ResultsScenario s = ResultsScenario.closed(new EvaluationFixture(jdbc, setup, roll, clock), box, host);
		Document page = page("/evaluations/" + s.campaignId() + "/results");

		Element container = page.selectFirst("#ranking-chart .chart[data-chart]");
		assertThat(container).isNotNull();
		assertThat(page.select("script[src^='/webjars/echarts/'][src$='/dist/echarts.min.js']")).hasSize(1);
		JsonNode chart = json.readTree(container.attr("data-chart"));
		assertThat(chart.get("horizontal").asBoolean()).isTrue();
		assertThat(chart.get("label").asString()).isEqualTo("总排名（得分）");

		List<String> names = page.select("#ranking-all tbody tr td:nth-child(2)").eachText();
		List<String> scores = page.select("#ranking-all tbody tr td:nth-child(7)").eachText();
		assertThat(texts(chart.get("categories"))).containsExactlyElementsOf(names).hasSize(3);
		List<BigDecimal> values = new ArrayList<>();
		chart.get("values").forEach(v -> values.add(v.decimalValue()));
		for (int i = 0; i < values.size(); i++) {
			assertThat(values.get(i)).isEqualByComparingTo(scores.get(i));
			if (i > 0) {
				assertThat(values.get(i)).isLessThanOrEqualTo(values.get(i - 1));
			}
		}
		assertThat(values.get(0)).isEqualByComparingTo("8.75");
	}

	@Test
	void echartsIsServedFromItsWebJarAndLoadedOnlyOnChartPages() throws Exception {
		String type = mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentType();
		assertThat(type).contains("javascript");
		mvc.perform(get("/js/result-charts.js")).andExpect(status().isOk());
		Document campaigns = page("/evaluations");
		assertThat(campaigns.select("script[src*='echarts']")).isEmpty();
		assertThat(campaigns.select("script[src*='htmx.min.js']")).hasSize(1);
	}

	private Document page(String address) throws Exception {
		String html = mvc.perform(get(address).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

}
