package org.zhuqi.demand.visit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * Visit records (走访记录) on the pages: a cadre logs visits to its own enterprises only, never on a future day,
 * always with notes; sees only its own visits; and turns a visit into a problem that keeps the link.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VisitPagesIntegrationTests {

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long enterprise;

	long otherEnterprise;

	Viewer cadre;

	Viewer otherCadre;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		long department = directory.department("区走访测试局");
		long cadreId = directory.cadre("走访干部", department);
		long otherCadreId = directory.cadre("另一走访干部", department);
		enterprise = directory.enterprise("走访企业" + token());
		otherEnterprise = directory.enterprise("别家走访企业" + token());
		directory.pair(enterprise, cadreId);
		directory.pair(otherEnterprise, otherCadreId);
		cadre = Viewer.cadre("cadre-visits", cadreId);
		otherCadre = Viewer.cadre("cadre-other-visits", otherCadreId);
	}

	private MockHttpServletRequestBuilder logVisit(Viewer viewer, long enterpriseId, LocalDate on, String notes) {
		return post("/visits/new").with(as(viewer))
			.with(csrf())
			.param("enterpriseId", String.valueOf(enterpriseId))
			.param("visitedOn", on.toString())
			.param("notes", notes);
	}

	private long visitWithNotes(String notes) {
		return jdbc.sql("select id from visit where notes = :notes").param("notes", notes).query(Long.class).single();
	}

	@Test
	void logsAVisitAndListsItForItsCadreOnly() throws Exception {
		String notes = "了解到企业招工困难" + token();
		mvc.perform(logVisit(cadre, enterprise, LocalDate.now(DISTRICT), notes))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/visits"));
		long id = visitWithNotes(notes);
		mvc.perform(get("/visits").param("q", notes).with(as(cadre)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visit-" + id + "\"")))
			.andExpect(content().string(containsString("/demands/new?visit=" + id)));
		mvc.perform(get("/visits").param("q", notes).with(as(otherCadre)))
			.andExpect(content().string(not(containsString("/demands/new?visit=" + id))))
			.andExpect(content().string(not(containsString("id=\"visit-" + id + "\""))));
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'visit' and subject_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void refusesAVisitInTheFuture() throws Exception {
		mvc.perform(logVisit(cadre, enterprise, LocalDate.now(DISTRICT).plusDays(1), "明天的走访"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("visit", "visitedOn", "visit.visitedOn.future"));
	}

	@Test
	void refusesAVisitToAnEnterpriseThatIsNotPaired() throws Exception {
		mvc.perform(logVisit(cadre, otherEnterprise, LocalDate.now(DISTRICT), "不是我的企业"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("visit", "enterpriseId", "visit.enterprise.notPaired"));
	}

	@Test
	void requiresNotesEnterpriseAndDate() throws Exception {
		mvc.perform(post("/visits/new").with(as(cadre)).with(csrf()).param("notes", " ").param("visitedOn", "not-a-date"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("visit", "notes", "enterpriseId", "visitedOn"));
	}

	@Test
	void keepsVisitsToCadresAndTheCentre() throws Exception {
		mvc.perform(get("/visits").with(as(Viewer.department("dept-visits", 1)))).andExpect(status().isForbidden());
		mvc.perform(get("/visits").with(as(Viewer.enterprise("ent-visits", enterprise)))).andExpect(status().isForbidden());
		mvc.perform(get("/visits/new").with(as(Viewer.admin("admin")))).andExpect(status().isForbidden());
		mvc.perform(get("/visits").with(as(Viewer.admin("admin")))).andExpect(status().isOk());
	}

	@Test
	void turnsAVisitIntoAProblemThatKeepsTheLink() throws Exception {
		String notes = "企业反映厂区道路积水" + token() + "\n雨天货车无法进出";
		mvc.perform(logVisit(cadre, enterprise, LocalDate.now(DISTRICT).minusDays(3), notes));
		long visit = visitWithNotes(notes);

		mvc.perform(get("/demands/new").param("visit", String.valueOf(visit)).with(as(cadre)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("filing", hasProperty("visitId", is(visit))))
			.andExpect(content().string(containsString("雨天货车无法进出")));
		mvc.perform(get("/demands/new").param("visit", String.valueOf(visit)).with(as(otherCadre)))
			.andExpect(status().isNotFound());

		String title = "厂区道路积水" + token();
		mvc.perform(post("/demands/new").with(as(cadre))
			.with(csrf())
			.param("visitId", String.valueOf(visit))
			.param("enterpriseId", String.valueOf(enterprise))
			.param("categoryCode", "OTHER")
			.param("title", title)
			.param("description", notes)
			.param("urgency", "NORMAL")
			.param("fileAnyway", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select visit_id from demand where title = :title").param("title", title)
			.query(Long.class)
			.single()).isEqualTo(visit);
		assertThat(jdbc.sql("select channel from demand where title = :title").param("title", title)
			.query(String.class)
			.single()).isEqualTo("VISIT");

		mvc.perform(post("/demands/new").with(as(otherCadre))
			.with(csrf())
			.param("visitId", String.valueOf(visit))
			.param("enterpriseId", String.valueOf(otherEnterprise))
			.param("categoryCode", "OTHER")
			.param("title", "借用别人的走访" + token())
			.param("description", "内容")
			.param("urgency", "NORMAL")
			.param("fileAnyway", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filing", "visitId", "demand.visit.unknown"));
	}

	private static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
