package org.zhuqi.demand.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingPagesIntegrationTests {

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
	MeetingService meetings;

	@Autowired
	ActionItemService actions;

	long lead;

	long owner;

	long enterprise;

	long keyProblem;

	long plainProblem;

	String keyTitle;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		lead = directory.department("区页面牵头局");
		owner = directory.department("区页面责任局");
		enterprise = directory.enterprise("页面协调企业");
		ProblemFixture problems = new ProblemFixture(workflow);
		keyTitle = "人才公寓配租" + System.nanoTime();
		keyProblem = problems.keyProblem(enterprise, lead, keyTitle);
		plainProblem = problems.assigned(enterprise, lead, "普通咨询" + System.nanoTime());
	}

	@Test
	void theCentreRecordsAMeetingOnTheFormAndIsToldWhyAProblemThatIsNotKeyCannotBeOnTheAgenda() throws Exception {
		mvc.perform(get("/meetings/new").param("demand", String.valueOf(keyProblem)).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(keyTitle)));
		mvc.perform(get("/meetings/agenda").param("agendaQ", keyTitle).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"agenda\""), containsString(keyTitle))));

		mvc.perform(post("/meetings/new").with(as(CENTRE)).with(csrf())
			.param("title", "人才住房协调会")
			.param("heldOn", today().toString())
			.param("convenerDepartmentId", String.valueOf(lead))
			.param("attendingDepartmentIds", String.valueOf(owner))
			.param("agenda", String.valueOf(plainProblem)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是重点问题，不能列入协调会议题")));

		String location = mvc.perform(post("/meetings/new").with(as(CENTRE)).with(csrf())
			.param("title", "人才住房协调会")
			.param("heldOn", today().toString())
			.param("convenerDepartmentId", String.valueOf(lead))
			.param("attendingDepartmentIds", String.valueOf(owner))
			.param("agenda", String.valueOf(keyProblem)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/meetings/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(keyTitle), containsString("新增议定事项"))));
	}

	@Test
	void theOwnerDepartmentMarksItsActionItemDoneWithANoteFromItsList() throws Exception {
		long meeting = meeting("公寓协调会");
		ActionItemForm form = new ActionItemForm();
		form.setDescription("核定配租名单");
		form.setOwnerDepartmentId(owner);
		form.setDueOn(today().plusDays(5));
		form.setDemandId(keyProblem);
		mvc.perform(post("/meetings/{id}/actions", meeting).with(as(CENTRE)).with(csrf())
			.param("description", "核定配租名单")
			.param("ownerDepartmentId", String.valueOf(owner))
			.param("dueOn", "")
			.param("demandId", String.valueOf(keyProblem)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写完成期限")));
		long item = actions.decide(meeting, form, CENTRE).getId();
		Viewer department = Viewer.department("dept-page", owner);

		mvc.perform(get("/action-items").with(as(department)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("核定配租名单"), containsString("标记办结"))));
		mvc.perform(post("/action-items/{id}/done", item).with(as(department)).with(csrf())
			.param("note", "").param("from", "list"))
			.andExpect(redirectedUrl("/action-items"))
			.andExpect(flash().attribute("error", "请填写说明。"));
		mvc.perform(post("/action-items/{id}/done", item).with(as(department)).with(csrf())
			.param("note", "名单已核定并公示").param("version", "0").param("from", "list"))
			.andExpect(redirectedUrl("/action-items"))
			.andExpect(flash().attribute("message", "actionItem.done.saved"));
		mvc.perform(get("/action-items").with(as(department)))
			.andExpect(content().string(not(containsString("核定配租名单"))));
		mvc.perform(get("/meetings/for-demand/{id}", keyProblem).with(as(department)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/meetings/for-demand/{id}", keyProblem).with(as(Viewer.enterprise("ent-page", enterprise))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("公寓协调会"), containsString("名单已核定并公示"))));
	}

	@Test
	void listsKeyProblemsWithTheirMeetingsAndLetsOnlyStaffSeeTheActionItems() throws Exception {
		mvc.perform(get("/key-problems").param("q", keyTitle).with(as(CENTRE)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(keyTitle), containsString("未上会"))));
		meeting("公寓二次协调会");
		mvc.perform(get("/key-problems").param("q", keyTitle).param("undiscussed", "true").with(as(CENTRE)))
			.andExpect(content().string(containsString("没有符合条件的记录")));
		mvc.perform(get("/meetings").param("q", "公寓二次").with(as(Viewer.department("dept-lead", lead))))
			.andExpect(content().string(containsString("公寓二次协调会")));
		mvc.perform(get("/meetings").param("q", "区页面牵头局").with(as(CENTRE)))
			.andExpect(content().string(containsString("公寓二次协调会")));
		mvc.perform(get("/action-items").with(as(Viewer.enterprise("ent-page", enterprise))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/new").with(as(Viewer.department("dept-lead", lead)))).andExpect(status().isForbidden());
	}

	private long meeting(String title) {
		MeetingForm form = new MeetingForm();
		form.setTitle(title);
		form.setHeldOn(today());
		form.setConvenerDepartmentId(lead);
		form.setAttendingDepartmentIds(Set.of(lead, owner));
		form.setAgenda(List.of(keyProblem));
		long id = meetings.convene(form, CENTRE).getId();
		assertThat(id).isPositive();
		return id;
	}

	/** Today in the district, as the application sees it. */
	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
