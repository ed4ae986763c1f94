package org.zhuqi.demand.meeting;

import java.time.Clock;
import java.time.LocalDate;

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
import org.zhuqi.audit.AuditLog;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingApiIntegrationTests {

	private static final Viewer CENTRE = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	MeetingQueries queries;

	@Autowired
	AuditLog audit;

	long lead;

	long attending;

	long bystander;

	long cadre;

	long enterprise;

	long otherEnterprise;

	long keyProblem;

	long plainProblem;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		lead = directory.department("区协调牵头局");
		attending = directory.department("区协调参会局");
		bystander = directory.department("区协调旁观局");
		cadre = directory.cadre("协调干部", lead);
		enterprise = directory.enterprise("协调测试企业");
		otherEnterprise = directory.enterprise("协调无关企业");
		directory.pair(enterprise, cadre);
		ProblemFixture problems = new ProblemFixture(workflow);
		keyProblem = problems.keyProblem(enterprise, lead, "厂房用电增容难");
		plainProblem = problems.assigned(enterprise, lead, "停车位不足");
	}

	@Test
	void recordsAMeetingOnKeyProblemsAndRefusesAProblemThatIsNotKeyWithAClearMessage() throws Exception {
		convene(CENTRE, meeting("用电协调会", today(), plainProblem))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("agenda"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("“停车位不足”不是重点问题")));

		long id = idOf(convene(CENTRE, meeting("用电协调会", today(), keyProblem)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.agenda[0].demandId").value((int) keyProblem))
			.andExpect(jsonPath("$.agenda[0].position").value(1))
			.andExpect(jsonPath("$.attending[*].id").value(hasItem((int) attending))));
		assertThat(audit.history(MeetingService.AUDIT_TYPE, id, 5)).extracting("action").containsExactly("created");
	}

	@Test
	void refusesMeetingsFromAnyoneButTheCentreAndValidatesTheForm() throws Exception {
		convene(Viewer.department("dept-convene", attending), meeting("越权会议", today(), keyProblem))
			.andExpect(status().isForbidden());
		convene(Viewer.enterprise("ent-convene", enterprise), meeting("越权会议", today(), keyProblem))
			.andExpect(status().isForbidden());
		convene(CENTRE, "{\"title\": \"\", \"attendingDepartmentIds\": []}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("heldOn")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("attendingDepartmentIds")));
	}

	@Test
	void showsEachRoleOnlyTheMeetingsItTakesPartInOrWhoseAgendaHoldsItsProblems() throws Exception {
		String title = "范围协调会" + System.nanoTime();
		long id = idOf(convene(CENTRE, meeting(title, today(), keyProblem)));
		mvc.perform(put("/api/v1/meetings/{id}/minutes", id).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\": \"会议商定由供电公司先行勘查\"}")).andExpect(status().isOk());

		for (Viewer allowed : new Viewer[] { CENTRE, Viewer.department("dept-attending", attending),
				Viewer.department("dept-lead", lead) }) {
			mvc.perform(get("/api/v1/meetings").param("q", title).with(as(allowed)))
				.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
			mvc.perform(get("/api/v1/meetings/{id}", id).with(as(allowed)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.minutes").value("会议商定由供电公司先行勘查"));
		}
		for (Viewer own : new Viewer[] { Viewer.enterprise("ent-own", enterprise), Viewer.cadre("cadre-own", cadre) }) {
			mvc.perform(get("/api/v1/meetings/{id}", id).with(as(own)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.agenda[*].demandId").value(hasItem((int) keyProblem)))
				.andExpect(jsonPath("$.minutes").value(nullValue()));
		}
		for (Viewer stranger : new Viewer[] { Viewer.department("dept-bystander", bystander),
				Viewer.enterprise("ent-other", otherEnterprise), Viewer.cadre("cadre-other", cadre + 100_000) }) {
			mvc.perform(get("/api/v1/meetings/{id}", id).with(as(stranger))).andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/meetings").param("q", title).with(as(stranger)))
				.andExpect(jsonPath("$.page.totalElements").value(0));
		}
	}

	@Test
	void tracksAnActionItemOfTheOwnerDepartmentToDone() throws Exception {
		long meeting = idOf(convene(CENTRE, meeting("督办协调会", today(), keyProblem)));
		long item = idOf(decide(meeting, attending, today().plusDays(7), keyProblem).andExpect(status().isCreated())
			.andExpect(jsonPath("$.done").value(false))
			.andExpect(jsonPath("$.overdue").value(false)));
		Viewer owner = Viewer.department("dept-owner", attending);

		report(item, "done", Viewer.department("dept-lead", lead), "{\"note\": \"已完成\"}").andExpect(status().isForbidden());
		report(item, "done", Viewer.department("dept-bystander", bystander), "{\"note\": \"已完成\"}")
			.andExpect(status().isNotFound());
		report(item, "done", owner, "{\"note\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		report(item, "progress", owner, "{\"note\": \"已联系供电公司\", \"version\": 0}").andExpect(status().isOk())
			.andExpect(jsonPath("$.progress[0].note").value("已联系供电公司"));
		report(item, "done", owner, "{\"note\": \"已完成\", \"version\": 0}").andExpect(status().isConflict());
		report(item, "done", owner, "{\"note\": \"增容方案已批复\", \"version\": 1}").andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.doneBy").value("dept-owner"))
			.andExpect(jsonPath("$.doneNote").value("增容方案已批复"));
		report(item, "done", owner, "{\"note\": \"再次办结\"}").andExpect(status().isConflict());

		mvc.perform(get("/api/v1/action-items").param("status", "DONE").with(as(owner)))
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) item)));
		mvc.perform(get("/api/v1/action-items").with(as(owner)))
			.andExpect(jsonPath("$.content[*].id").value(not(hasItem((int) item))));
		assertThat(queries.forDemand(keyProblem)).singleElement().satisfies(m -> {
			assertThat(m.meetingId()).isEqualTo(meeting);
			assertThat(m.actions()).singleElement().satisfies(a -> assertThat(a.done()).isTrue());
			assertThat(m.openActions()).isZero();
		});
		assertThat(audit.history(ActionItemService.AUDIT_TYPE, item, 5)).extracting("action")
			.containsExactly("marked-done", "progress", "created");
	}

	@Test
	void flagsActionItemsThatAreOpenPastTheirDueDate() throws Exception {
		LocalDate heldOn = today().minusDays(10);
		long meeting = idOf(convene(CENTRE, meeting("超期协调会", heldOn, keyProblem)));
		long late = idOf(decide(meeting, attending, heldOn.plusDays(3), null));
		decide(meeting, attending, today().plusDays(3), keyProblem);

		mvc.perform(get("/api/v1/action-items/{id}", late).with(as(CENTRE))).andExpect(jsonPath("$.overdue").value(true));
		mvc.perform(get("/api/v1/action-items").param("status", "OVERDUE").param("department", String.valueOf(attending))
			.with(as(CENTRE))).andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(get("/api/v1/meetings").param("q", "超期协调会").param("from", heldOn.toString())
			.param("to", heldOn.toString()).with(as(CENTRE)))
			.andExpect(jsonPath("$.content[?(@.id == %d)].overdueActions".formatted(meeting)).value(hasItem(1)))
			.andExpect(jsonPath("$.content[?(@.id == %d)].openActions".formatted(meeting)).value(hasItem(2)));
		decide(meeting, attending, heldOn.minusDays(1), null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
		assertThat(queries.summary(heldOn, heldOn)).satisfies(summary -> {
			assertThat(summary.meetings()).isPositive();
			assertThat(summary.keyProblemsDiscussed()).isPositive();
			assertThat(summary.actionItemsOverdue()).isPositive();
		});
	}

	@Test
	void documentsTheMeetingAndActionItemCallsInOpenApi() throws Exception {
		mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/meetings'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/meetings'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/meetings/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/action-items/{id}/done'].post").exists());
	}

	@Test
	void refusesAStaleRevisionOfAMeeting() throws Exception {
		long id = idOf(convene(CENTRE, meeting("版本协调会", today(), keyProblem)));
		String revision = """
				{"title": "版本协调会（修订）", "heldOn": "%s", "convenerDepartmentId": %d,
				 "attendingDepartmentIds": [%d], "agenda": [%d], "version": %d}""";
		mvc.perform(put("/api/v1/meetings/{id}", id).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted(today(), lead, attending, keyProblem, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("版本协调会（修订）"));
		mvc.perform(put("/api/v1/meetings/{id}", id).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted(today(), lead, attending, keyProblem, 0)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String meeting(String title, LocalDate heldOn, long problem) {
		return """
				{"title": "%s", "heldOn": "%s", "convenerDepartmentId": %d, "attendingDepartmentIds": [%d, %d],
				 "agenda": [%d]}""".formatted(title, heldOn, lead, lead, attending, problem);
	}

	private ResultActions convene(Viewer viewer, String body) throws Exception {
		return mvc.perform(post("/api/v1/meetings").with(as(viewer)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions decide(long meeting, long owner, LocalDate dueOn, Long problem) throws Exception {
		return mvc.perform(post("/api/v1/meetings/{id}/actions", meeting).with(as(CENTRE))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\": \"协调供电增容\", \"ownerDepartmentId\": %d, \"dueOn\": \"%s\", \"demandId\": %s}"
				.formatted(owner, dueOn, problem)));
	}

	private ResultActions report(long item, String action, Viewer viewer, String body) throws Exception {
		return mvc.perform(post("/api/v1/action-items/{id}/{action}", item, action).with(as(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static long idOf(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	/** Today in the district, as the application sees it. */
	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
