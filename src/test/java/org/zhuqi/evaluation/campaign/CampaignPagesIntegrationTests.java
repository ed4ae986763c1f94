package org.zhuqi.evaluation.campaign;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CampaignPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CampaignSetup setup;

	@Autowired
	Campaigns campaigns;

	@Autowired
	VoterRoll roll;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void draftsACampaignFromTheFormWithTheLiveGroupInTheChosenOrder() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long first = fixture.department("区商务局");
		long second = fixture.department("区科技局");
		long online = fixture.department("区文旅局");
		String name = "页面评议" + System.nanoTime();
		mvc.perform(get("/evaluations/new").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"dimensions[7].weight\"")))
			.andExpect(content().string(containsString("服务态度")));

		mvc.perform(filled(post("/evaluations/new"), name).param("liveDepartmentIds", "", String.valueOf(second), "",
				String.valueOf(first)).param("onlineDepartmentIds", String.valueOf(online)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/evaluations"))
			.andExpect(flash().attribute("message", "form.saved"));

		Campaign saved = campaigns.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
		assertThat(saved.liveDepartmentIds()).containsExactly(second, first);
		assertThat(saved.onlineDepartmentIds()).containsExactly(online);
		assertThat(saved.getStatus()).isEqualTo(CampaignStatus.DRAFT);
		mvc.perform(get("/evaluations").with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("现场 2 个，网上 1 个")));
		mvc.perform(get("/evaluations/{id}/edit", saved.getId()).with(as(CENTRE))).andExpect(status().isOk());

		mvc.perform(post("/evaluations/{id}/open", saved.getId()).param("version", String.valueOf(saved.getVersion()))
			.with(as(CENTRE))
			.with(csrf())).andExpect(redirectedUrl("/evaluations")).andExpect(flash().attribute("message",
					"evaluation.campaign.opened"));
		assertThat(campaigns.findById(saved.getId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.OPEN);
		assertThat(ledger.entries(saved.getId())).hasSize(1);
		mvc.perform(post("/evaluations/{id}/open", saved.getId()).with(as(CENTRE)).with(csrf()))
			.andExpect(flash().attribute("refusal", "evaluation.campaign.notDraft"));
	}

	@Test
	void showsWhyTheRubricIsRefusedBesideTheForm() throws Exception {
		long department = new EvaluationFixture(jdbc, setup, roll, clock).department("区卫健委");
		mvc.perform(filled(post("/evaluations/new"), "权重出错", "20").param("liveDepartmentIds", String.valueOf(department)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("各维度权重之和必须为 100%，现为 90%。")));
		mvc.perform(filled(post("/evaluations/new"), "").param("liveDepartmentIds", String.valueOf(department)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写活动名称。")));
	}

	@Test
	void keepsTheCampaignPagesToTheServiceCentre() throws Exception {
		for (Viewer other : List.of(Viewer.department("dept-eval", 1L), Viewer.enterprise("ent-eval", 1L))) {
			mvc.perform(get("/evaluations").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(get("/evaluations/new").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(filled(post("/evaluations/new"), "越权").with(as(other))).andExpect(status().isForbidden());
		}
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name) {
		return filled(request, name, "30");
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name,
			String secondWeight) {
		return request.with(as(CENTRE))
			.with(csrf())
			.param("name", name)
			.param("periodLabel", "2026 下半年")
			.param("scale", "TEN_POINT")
			.param("trimPercent", "5")
			.param("opensAt", "2030-07-01T09:00")
			.param("closesAt", "2030-07-15T17:00")
			.param("dimensions[0].nameZh", "服务态度")
			.param("dimensions[0].nameEn", "Service attitude")
			.param("dimensions[0].weight", "30")
			.param("dimensions[1].nameZh", "办事效率")
			.param("dimensions[1].nameEn", "Efficiency")
			.param("dimensions[1].weight", secondWeight)
			.param("dimensions[2].nameZh", "政策落实")
			.param("dimensions[2].nameEn", "Policy delivery")
			.param("dimensions[2].weight", "20")
			.param("dimensions[3].nameZh", "廉洁自律")
			.param("dimensions[3].nameEn", "Integrity")
			.param("dimensions[3].weight", "20")
			.param("dimensions[4].nameZh", "")
			.param("dimensions[4].nameEn", "")
			.param("dimensions[4].weight", "");
	}

}
