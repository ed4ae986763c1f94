package org.zhuqi.demand.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.Urgency;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * {@code GET /api/v1/stats/...} against the real workflow: the figures move as a problem is filed, assigned,
 * resolved and rated; each role sees its own scope; bad parameters are named in a 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StatsApiIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	long department;

	long otherDepartment;

	long cadre;

	long enterprise;

	Viewer ent;

	Viewer dept;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		department = directory.department("区统计测试局");
		otherDepartment = directory.department("区统计旁观局");
		cadre = directory.cadre("统计干部", department);
		enterprise = directory.enterprise("统计测试企业");
		directory.pair(enterprise, cadre);
		ent = Viewer.enterprise("ent-stats", enterprise);
		dept = Viewer.department("dept-stats", department);
	}

	private long file(DemandWorkflow on) {
		FilingForm form = new FilingForm();
		form.setCategoryCode("POLICY");
		form.setTitle("人才补贴未到账");
		form.setDescription("申请的人才补贴三个月未到账");
		form.setUrgency(Urgency.NORMAL);
		return on.file(form, ent).getId();
	}

	private void act(long id, DemandCommand command, Viewer viewer) {
		workflow.act(id, null, command, viewer);
	}

	/** The figures of the test cadre's enterprises, as the centre sees them. */
	private ResultActions cadreFigures() throws Exception {
		return mvc.perform(get("/api/v1/stats/demands").param("cadre", String.valueOf(cadre)).with(as(ADMIN)))
			.andExpect(status().isOk());
	}

	@Test
	void figuresFollowAProblemFromFilingThroughRectificationToTheFinalRating() throws Exception {
		long id = file(workflow);
		cadreFigures().andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.coordinated").value(0))
			.andExpect(jsonPath("$.coordinationRate").value(0))
			.andExpect(jsonPath("$.open").value(1))
			.andExpect(jsonPath("$.resolutionRate").value(nullValue()))
			.andExpect(jsonPath("$.filter.cadre").value(cadre))
			.andExpect(jsonPath("$.asOf").exists());

		act(id, new DemandCommand.Assign(department, null, null), ADMIN);
		cadreFigures().andExpect(jsonPath("$.coordinated").value(1)).andExpect(jsonPath("$.coordinationRate").value(1));

		act(id, new DemandCommand.Accept(null), dept);
		act(id, new DemandCommand.Resolve("补贴已发放"), dept);
		cadreFigures().andExpect(jsonPath("$.resolved").value(1))
			.andExpect(jsonPath("$.open").value(0))
			.andExpect(jsonPath("$.resolutionRate").value(1))
			.andExpect(jsonPath("$.resolvedOnTime").value(1))
			.andExpect(jsonPath("$.awaitingRating").value(1))
			.andExpect(jsonPath("$.satisfactionRate").value(nullValue()))
			.andExpect(jsonPath("$.avgResolveWorkingDays").isNumber());

		act(id, new DemandCommand.Rate(Satisfaction.DISSATISFIED, "只发了一半"), ent);
		cadreFigures().andExpect(jsonPath("$.resolved").value(0))
			.andExpect(jsonPath("$.open").value(1))
			.andExpect(jsonPath("$.ratings").value(1))
			.andExpect(jsonPath("$.satisfactionRate").value(0));

		act(id, new DemandCommand.FollowUp("已电话回访"), dept);
		act(id, new DemandCommand.Resolve("余款已补发"), dept);
		cadreFigures().andExpect(jsonPath("$.resolved").value(1))
			.andExpect(jsonPath("$.satisfactionRate").value(0));

		act(id, new DemandCommand.Rate(Satisfaction.SATISFIED, null), ent);
		cadreFigures().andExpect(jsonPath("$.satisfied").value(1))
			.andExpect(jsonPath("$.satisfactionRate").value(1))
			.andExpect(jsonPath("$.firstRatingSatisfactionRate").value(0));

		mvc.perform(get("/api/v1/stats/demands").with(as(dept)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.resolved").value(1))
			.andExpect(jsonPath("$.filter.department").value(department));
		mvc.perform(get("/api/v1/stats/demands").with(as(Viewer.cadre("cadre-stats", cadre))))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.satisfactionRate").value(1));
	}

	@Test
	void anOverdueProblemWeighsOnTheResolutionRate() throws Exception {
		DemandWorkflow monthAgo = workflow.at(Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneId.of("Asia/Shanghai")));
		long late = file(monthAgo);
		monthAgo.act(late, null, new DemandCommand.Assign(department, null, null), ADMIN);
		long done = file(workflow);
		act(done, new DemandCommand.Assign(department, null, null), ADMIN);
		act(done, new DemandCommand.Accept(null), dept);
		act(done, new DemandCommand.Resolve("已解决"), dept);

		cadreFigures().andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.overdue").value(1))
			.andExpect(jsonPath("$.resolutionRate").value(0.5));
	}

	@Test
	void eachRoleSeesItsOwnScopeAndAnEnterpriseNone() throws Exception {
		long ours = file(workflow);
		act(ours, new DemandCommand.Assign(department, null, null), ADMIN);
		long theirs = file(workflow);
		act(theirs, new DemandCommand.Assign(otherDepartment, null, null), ADMIN);

		mvc.perform(get("/api/v1/stats/demands").with(as(dept))).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/stats/demands").with(as(Viewer.department("other-stats", otherDepartment))))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/stats/demands").param("department", String.valueOf(otherDepartment)).with(as(dept)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/stats/demands").with(as(Viewer.cadre("cadre-stats", cadre))))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/stats/demands").param("cadre", String.valueOf(cadre + 1))
			.with(as(Viewer.cadre("cadre-stats", cadre)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/demands").with(as(ent)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/stats/cadres").with(as(dept))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/stats/demands")).andExpect(status().isUnauthorized());
	}

	@Test
	void theCentreFiltersByDepartmentStreetAndPeriod() throws Exception {
		long ours = file(workflow);
		act(ours, new DemandCommand.Assign(department, null, null), ADMIN);

		mvc.perform(get("/api/v1/stats/demands").param("department", String.valueOf(department)).with(as(ADMIN)))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/stats/demands").param("cadre", String.valueOf(cadre))
			.param("street", "XIXI")
			.with(as(ADMIN))).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/stats/demands").param("cadre", String.valueOf(cadre))
			.param("street", "XIHU")
			.with(as(ADMIN))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/stats/demands").param("department", String.valueOf(department))
			.param("to", "2020-12-31")
			.with(as(ADMIN))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/stats/demands/breakdown").param("by", "department")
			.param("department", String.valueOf(department))
			.with(as(ADMIN)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].key").value(String.valueOf(department)))
			.andExpect(jsonPath("$[0].label").value(containsString("区统计测试局")))
			.andExpect(jsonPath("$[0].figures.total").value(1));
	}

	@Test
	void countsTheCoordinationMeetingsOfTheDepartmentAndOfTheCadresProblems() throws Exception {
		long id = file(workflow);
		act(id, new DemandCommand.Assign(department, null, null), ADMIN);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting (title, held_on, convener_department_id, created_by, created_at)
				values ('人才补贴专题协调会', current_date, :department, 'admin', current_timestamp)""")
			.param("department", department)
			.update(keys, "id");
		long meeting = keys.getKey().longValue();
		jdbc.sql("insert into meeting_agenda (meeting_id, demand_id, position) values (:meeting, :demand, 1)")
			.param("meeting", meeting)
			.param("demand", id)
			.update();

		mvc.perform(get("/api/v1/stats/demands").param("department", String.valueOf(department)).with(as(ADMIN)))
			.andExpect(jsonPath("$.meetings").value(1));
		cadreFigures().andExpect(jsonPath("$.meetings").value(1));
		mvc.perform(get("/api/v1/stats/demands").param("department", String.valueOf(otherDepartment)).with(as(ADMIN)))
			.andExpect(jsonPath("$.meetings").value(0));
		mvc.perform(get("/api/v1/stats/demands/breakdown").param("by", "cadre")
			.param("cadre", String.valueOf(cadre))
			.with(as(ADMIN))).andExpect(jsonPath("$[0].figures.meetings").value(1));
		mvc.perform(get("/api/v1/stats/demands/breakdown").param("by", "department")
			.param("department", String.valueOf(department))
			.with(as(ADMIN))).andExpect(jsonPath("$[0].figures.meetings").value(1));
	}

	@Test
	void namesTheBadParameterInA400() throws Exception {
		expectBadParameter("from", "31.01.2026");
		mvc.perform(get("/api/v1/stats/demands").param("from", "2026-13-01").with(as(ADMIN)))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("2026-01-31")));
		expectBadParameter("to", "tomorrow");
		expectBadParameter("department", "abc");
		expectBadParameter("department", "999999999");
		expectBadParameter("street", "NOWHERE");
		expectBadParameter("cadre", "999999999");
		mvc.perform(get("/api/v1/stats/demands").param("from", "2026-03-01").param("to", "2026-02-01").with(as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/stats/demands/breakdown").param("by", "planet").with(as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("by"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("planet")));
	}

	private void expectBadParameter(String name, String value) throws Exception {
		mvc.perform(get("/api/v1/stats/demands").param(name, value).with(as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(name))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@Test
	void ranksACadreOnceItsEnterprisesHadEnoughCoordinatedProblems() throws Exception {
		for (int i = 0; i < CadreRanking.MINIMUM_VOLUME; i++) {
			long id = file(workflow);
			act(id, new DemandCommand.Assign(department, null, null), ADMIN);
			act(id, new DemandCommand.Accept(null), dept);
			act(id, new DemandCommand.Resolve("已解决"), dept);
			act(id, new DemandCommand.Rate(Satisfaction.VERY_SATISFIED, null), ent);
		}

		mvc.perform(get("/api/v1/stats/cadres").param("cadre", String.valueOf(cadre)).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].score.rank").value(1))
			.andExpect(jsonPath("$[0].score.volume").value(CadreRanking.MINIMUM_VOLUME))
			.andExpect(jsonPath("$[0].score.score").value(100))
			.andExpect(jsonPath("$[0].name").value("统计干部"));
	}

	@Test
	void theOpenApiDocumentDescribesTheStatsEndpoints() throws Exception {
		mvc.perform(get("/api/v1/openapi").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/stats/demands'].get.parameters[*].name").value(
					org.hamcrest.Matchers.hasItems("from", "to", "department", "street")))
			.andExpect(jsonPath("$.paths['/api/v1/stats/cadres']").exists())
			.andExpect(jsonPath("$.components.schemas.DemandStats.properties.total").exists())
			.andExpect(jsonPath("$.components.schemas.DemandStats.properties.resolutionRate.description")
				.value(containsString("resolved / (resolved + unresolvable + overdue)")));
	}

}
