package org.zhuqi.evaluation.api;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import org.springframework.test.web.servlet.MvcResult;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.evaluation.ledger.Ledger;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CampaignApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	TestDirectory directory;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
	}

	@Test
	void setsUpACampaignAndRunsALiveRoundThroughTheApi() throws Exception {
		long first = directory.department("接口测评局");
		long second = directory.department("接口测评委");
		long online = directory.department("接口网评局");
		List<Long> enterprises = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			enterprises.add(directory.enterprise("接口评议企业" + i));
		}
		long id = id(mvc.perform(post("/api/v1/campaigns").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(campaign(List.of(first, second), List.of(online))))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.liveDepartmentIds[0]").value(first))
			.andExpect(jsonPath("$.liveDepartmentIds[1]").value(second))
			.andExpect(jsonPath("$.onlineDepartmentIds[0]").value(online))
			.andReturn());

		mvc.perform(post("/api/v1/campaigns/{id}/voters", id).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseIds\": " + enterprises + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added").value(3));
		MvcResult issued = mvc.perform(post("/api/v1/campaigns/{id}/credentials", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].token", not(emptyString())))
			.andReturn();
		List<String> tokens = JsonPath.read(issued.getResponse().getContentAsString(), "$[*].token");
		mvc.perform(post("/api/v1/campaigns/{id}/credentials", id).with(admin()))
			.andExpect(jsonPath("$", hasSize(0)));

		mvc.perform(post("/api/v1/campaigns/{id}/open", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		mvc.perform(post("/api/v1/campaigns/{id}/live/start", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.departmentId").value(first))
			.andExpect(jsonPath("$.round").value("WAITING"))
			.andExpect(jsonPath("$.eligible").value(3));
		mvc.perform(action(id, "{\"action\": \"OPEN_VOTING\", \"seconds\": 60}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.round").value("OPEN"));
		for (String token : tokens) {
			mvc.perform(post("/vote/{token}/ballots", token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\": %d, \"score\": 9, \"idempotencyKey\": \"api-test-%s\"}".formatted(first,
						token.substring(0, 8))))
				.andExpect(jsonPath("$.verdict").value("ACCEPTED"));
		}
		mvc.perform(get("/api/v1/campaigns/{id}/live", id).with(admin())).andExpect(jsonPath("$.ballots").value(3));
		mvc.perform(action(id, "{\"action\": \"CLOSE_VOTING\"}"))
			.andExpect(jsonPath("$.round").value("CLOSED"))
			.andExpect(jsonPath("$.score").value("9.0000"));
		mvc.perform(action(id, "{\"action\": \"NEXT\"}")).andExpect(jsonPath("$.departmentId").value(second));
		mvc.perform(action(id, "{\"action\": \"NEXT\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").exists());

		mvc.perform(get("/api/v1/campaigns/{id}/results", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ballots").value(3))
			.andExpect(jsonPath("$.live[0].departmentId").value(first))
			.andExpect(jsonPath("$.live[0].tally.ballots").value(3));
		mvc.perform(post("/api/v1/campaigns/{id}/close", id).with(admin()))
			.andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(ledger.verify(id).intact()).isTrue();
		assertThat(ledger.head(id).orElseThrow().seq()).isEqualTo(3);
	}

	@Test
	void answersBadInputAndOtherRolesWithProblems() throws Exception {
		long department = directory.department("接口错误局");
		mvc.perform(post("/api/v1/campaigns").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(campaign(List.of(department), List.of()).replace("\"weight\": 30", "\"weight\": 31")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").exists());
		mvc.perform(post("/api/v1/campaigns").with(httpBasic("dept", "zhuqi-dept"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(campaign(List.of(department), List.of())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON)
			.content(campaign(List.of(department), List.of()))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/campaigns/{id}", -1).with(admin())).andExpect(status().isNotFound());
		long id = id(mvc.perform(post("/api/v1/campaigns").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(campaign(List.of(department), List.of()))).andReturn());
		mvc.perform(post("/api/v1/campaigns/{id}/voters", id).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseIds\": [-5]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("enterpriseIds"));
		mvc.perform(action(id, "{\"seconds\": 60}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/campaigns/{id}/live/start", id).with(admin())).andExpect(status().isConflict());
	}

	@Test
	void hasNoBenchmarkEndpointUnlessEnabled() throws Exception {
		mvc.perform(post("/vote/bench/echo").contentType(MediaType.APPLICATION_JSON)
			.content("{\"department\": 12, \"score\": 8, \"idempotencyKey\": \"bench-0001\"}"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", "zhuqi-admin");
	}

	private org.springframework.test.web.servlet.RequestBuilder action(long id, String body) {
		return post("/api/v1/campaigns/{id}/live/actions", id).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static String campaign(List<Long> live, List<Long> online) {
		DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
		LocalDateTime now = LocalDateTime.now();
		return """
				{"name": "接口测评%d", "periodLabel": "2026 上半年", "scale": "TEN_POINT", "trimPercent": 5,
				 "opensAt": "%s", "closesAt": "%s",
				 "dimensions": [{"nameZh": "服务态度", "nameEn": "Service", "weight": 30},
				                {"nameZh": "办事效率", "nameEn": "Efficiency", "weight": 70}],
				 "liveDepartmentIds": %s, "onlineDepartmentIds": %s}""".formatted(System.nanoTime(),
				iso.format(now.minusDays(2)), iso.format(now.plusDays(1)), live, online);
	}

}
