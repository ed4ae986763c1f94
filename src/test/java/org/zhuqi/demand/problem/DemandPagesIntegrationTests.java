package org.zhuqi.demand.problem;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.zhuqi.account.TestViewers.as;

/**
 * The problem pages over the real workflow and database: scoping by role (others' problems look absent, actions
 * outside one's role are refused), one action handler for every form, conflicts and validation shown on the
 * page, the list's filters and badges, and the duplicate hint of the filing form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandPagesIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	MessageSource messages;

	long enterprise;

	long otherEnterprise;

	long cadre;

	long department;

	long otherDepartment;

	Viewer ent;

	Viewer dept;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		department = directory.department("区页面测试局");
		otherDepartment = directory.department("区页面旁观局");
		cadre = directory.cadre("页面干部", department);
		enterprise = directory.enterprise("页面测试企业" + token());
		otherEnterprise = directory.enterprise("页面另一企业" + token());
		directory.pair(enterprise, cadre);
		ent = Viewer.enterprise("ent-pages", enterprise);
		dept = Viewer.department("dept-pages", department);
	}

	private long file(String title) {
		FilingForm form = new FilingForm();
		form.setCategoryCode("SPACE");
		form.setTitle(title);
		form.setDescription("二号厂房屋顶漏水，影响生产");
		form.setUrgency(Urgency.URGENT);
		return workflow.file(form, ent).getId();
	}

	private long assigned(String title) {
		long id = file(title);
		workflow.act(id, null, new DemandCommand.Assign(department, java.util.Set.of(otherDepartment), null), ADMIN);
		return id;
	}

	private int version(long id) {
		return workflow.get(id, ADMIN).getVersion();
	}

	private MockHttpServletRequestBuilder action(long id, String slug, Viewer viewer) {
		return post("/demands/{id}/actions/{slug}", id, slug).with(as(viewer)).with(csrf());
	}

	@Test
	void showsAProblemWithItsFactsTimelineAndTheFormsOfTheViewersActions() throws Exception {
		long id = assigned("页面详情" + token());
		mvc.perform(get("/demands/{id}", id).with(as(dept)))
			.andExpect(status().isOk())
			.andExpect(view().name("demand/demand"))
			.andExpect(content().string(containsString("action=\"/demands/" + id + "/actions/accept\"")))
			.andExpect(content().string(containsString("action=\"/demands/" + id + "/actions/return\"")))
			.andExpect(content().string(not(containsString("/actions/assign\""))))
			.andExpect(content().string(containsString(zh("demand.state.ASSIGNED"))))
			.andExpect(content().string(containsString("区页面旁观局")));
		mvc.perform(get("/demands/{id}", id).with(as(ADMIN)))
			.andExpect(content().string(containsString("action=\"/demands/" + id + "/actions/assign\"")))
			.andExpect(content().string(not(containsString("/actions/accept\""))));
	}

	@Test
	void enterpriseGetsNotFoundForAnotherEnterprisesProblem() throws Exception {
		long id = file("别人的诉求" + token());
		mvc.perform(get("/demands/{id}", id).with(as(Viewer.enterprise("intruder", otherEnterprise))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/demands").with(as(Viewer.enterprise("intruder", otherEnterprise))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/demands/" + id + "\""))));
	}

	@Test
	void departmentCannotActOnAProblemNotAssignedToIt() throws Exception {
		long id = assigned("他部门的诉求" + token());
		int version = version(id);
		long bystander = new TestDirectory(jdbc).department("区无关局");
		mvc.perform(action(id, "accept", Viewer.department("bystander", bystander)).param("version", "" + version))
			.andExpect(status().isNotFound());
		mvc.perform(action(id, "accept", Viewer.department("co", otherDepartment)).param("version", "" + version))
			.andExpect(status().isForbidden());
		mvc.perform(action(id, "accept", ent).param("version", "" + version)).andExpect(status().isForbidden());
		assertThat(workflow.get(id, ADMIN).getState()).isEqualTo(DemandState.ASSIGNED);
	}

	@Test
	void carriesOutAnActionAndRedirectsToThePageWithAMessage() throws Exception {
		long id = assigned("受理测试" + token());
		mvc.perform(action(id, "accept", dept).param("version", "" + version(id)).param("note", "已受理"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/demands/" + id))
			.andExpect(flash().attribute("doneAction", DemandAction.ACCEPT));
		assertThat(workflow.get(id, ADMIN).getState()).isEqualTo(DemandState.IN_PROGRESS);
		mvc.perform(get("/demands/{id}", id).with(as(ent)))
			.andExpect(content().string(containsString("已受理")))
			.andExpect(content().string(containsString(zh("demand.state.IN_PROGRESS"))));
	}

	@Test
	void showsAConflictOnAStaleVersionAndChangesNothing() throws Exception {
		long id = assigned("并发测试" + token());
		int seen = version(id);
		workflow.act(id, seen, new DemandCommand.Accept(null), dept);
		mvc.perform(action(id, "return", dept).param("version", "" + seen).param("note", "不属于本部门"))
			.andExpect(status().isConflict())
			.andExpect(view().name("demand/demand"))
			.andExpect(content().string(containsString(zh("demand.conflict"))))
			.andExpect(content().string(containsString("不属于本部门")));
		Demand after = workflow.get(id, ADMIN);
		assertThat(after.getState()).isEqualTo(DemandState.IN_PROGRESS);
		assertThat(after.getLeadDepartmentId()).isEqualTo(department);
	}

	@Test
	void showsARefusedTransitionAsAMessageOnThePage() throws Exception {
		long id = assigned("拒绝测试" + token());
		mvc.perform(action(id, "resolve", dept).param("version", "" + version(id)).param("note", "已修好"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能执行")));
	}

	@Test
	void showsValidationErrorsBesideTheFieldsOfTheFailedForm() throws Exception {
		long id = assigned("校验测试" + token());
		workflow.act(id, null, new DemandCommand.Accept(null), dept);
		mvc.perform(action(id, "resolve", dept).param("version", "" + version(id)).param("note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("actionForm", "note"))
			.andExpect(content().string(containsString("<details class=\"card action\" id=\"action-resolve\" open")));
		mvc.perform(action(id, "mark-unresolvable", dept).param("version", "" + version(id)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("actionForm", "reason"));
		mvc.perform(action(id, "request-extension", dept).param("version", "" + version(id)).param("days", "99")
			.param("note", "需要协调"))
			.andExpect(model().attributeHasFieldErrors("actionForm", "days"));
		mvc.perform(action(id, "no-such-action", dept).param("version", "" + version(id)))
			.andExpect(status().isNotFound());
		assertThat(workflow.get(id, ADMIN).getState()).isEqualTo(DemandState.IN_PROGRESS);
	}

	@Test
	void routesWithALeadAndCoDepartmentsFromTheSearchablePicker() throws Exception {
		long id = file("交办测试" + token());
		mvc.perform(get("/demands/department-choices").param("departmentQuery", "页面旁观").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("区页面旁观局")))
			.andExpect(content().string(not(containsString("区页面测试局"))));
		mvc.perform(get("/demands/department-choices").param("departmentQuery", "页面旁观").with(as(dept)))
			.andExpect(status().isForbidden());
		mvc.perform(action(id, "assign", ADMIN).param("version", "" + version(id))
			.param("leadDepartmentId", "" + department)
			.param("coDepartmentIds", "" + otherDepartment))
			.andExpect(status().is3xxRedirection());
		Demand routed = workflow.get(id, ADMIN);
		assertThat(routed.getLeadDepartmentId()).isEqualTo(department);
		assertThat(routed.getCoDepartmentIds()).containsExactly(otherDepartment);
	}

	@Test
	void listsOnlyTheViewersProblemsWithOverdueAndDueSoonBadges() throws Exception {
		String marker = token();
		long overdue = assigned("超期" + marker);
		long soon = assigned("将到期" + marker);
		long fresh = file("新提交" + marker);
		jdbc.sql("update demand set accept_due_at = :at where id = :id")
			.param("at", OffsetDateTime.now().minusDays(2))
			.param("id", overdue)
			.update();
		jdbc.sql("update demand set accept_due_at = :at where id = :id")
			.param("at", OffsetDateTime.now().plusHours(3))
			.param("id", soon)
			.update();

		String page = mvc.perform(get("/demands").param("q", marker).with(as(dept)))
			.andExpect(status().isOk())
			.andExpect(view().name("demand/demands"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/demands/" + overdue + "\"", "/demands/" + soon + "\"")
			.doesNotContain("/demands/" + fresh + "\"")
			.contains(zh("demand.flag.overdue"), zh("demand.flag.dueSoon"));

		mvc.perform(get("/demands").param("q", marker).param("overdue", "true").with(as(ADMIN)).header("HX-Request", "true"))
			.andExpect(view().name("demand/demands :: results"))
			.andExpect(content().string(containsString("/demands/" + overdue + "\"")))
			.andExpect(content().string(not(containsString("/demands/" + soon + "\""))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/demands").param("q", marker).param("dueSoon", "true").with(as(ADMIN)))
			.andExpect(content().string(containsString("/demands/" + soon + "\"")))
			.andExpect(content().string(not(containsString("/demands/" + overdue + "\""))));
		mvc.perform(get("/demands").param("q", marker).param("state", "SUBMITTED").param("sort", "deadline")
			.with(as(ent)))
			.andExpect(content().string(containsString("/demands/" + fresh + "\"")))
			.andExpect(content().string(not(containsString("/demands/" + soon + "\""))));
	}

	@Test
	void searchesByEnterpriseNameAndShowsAnEmptyState() throws Exception {
		String name = "检索企业" + token();
		long named = new TestDirectory(jdbc).enterprise(name);
		FilingForm form = new FilingForm();
		form.setEnterpriseId(named);
		form.setCategoryCode("OTHER");
		form.setTitle("按企业名称检索");
		form.setDescription("内容");
		long id = workflow.file(form, ADMIN).getId();
		mvc.perform(get("/demands").param("q", name).with(as(ADMIN)))
			.andExpect(content().string(containsString("/demands/" + id + "\"")));
		mvc.perform(get("/demands").param("q", "不存在的" + token()).with(as(ADMIN)))
			.andExpect(content().string(containsString(zh("list.empty"))));
	}

	@Test
	void filesAProblemAfterTheDuplicateHintIsConfirmed() throws Exception {
		String title = "重复提示" + token();
		long first = file(title);
		mvc.perform(get("/demands/similar").param("title", title).with(as(ent)))
			.andExpect(content().string(containsString("/demands/" + first + "\"")));
		mvc.perform(get("/demands/similar").param("title", title).param("enterpriseId", "" + enterprise)
			.with(as(Viewer.enterprise("intruder", otherEnterprise))))
			.andExpect(content().string(not(containsString("/demands/" + first + "\""))));

		mvc.perform(post("/demands/new").with(as(ent)).with(csrf())
			.param("categoryCode", "SPACE")
			.param("title", title)
			.param("description", "还是漏水")
			.param("urgency", "NORMAL"))
			.andExpect(status().isOk())
			.andExpect(view().name("demand/demand-form"))
			.andExpect(model().attribute("confirmDuplicate", true))
			.andExpect(content().string(containsString(zh("demand.similar.fileAnyway"))));
		mvc.perform(post("/demands/new").with(as(ent)).with(csrf())
			.param("categoryCode", "SPACE")
			.param("title", title)
			.param("description", "还是漏水")
			.param("urgency", "NORMAL")
			.param("fileAnyway", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/demands/*"));
	}

	@Test
	void showsFilingErrorsBesideTheFields() throws Exception {
		mvc.perform(post("/demands/new").with(as(ent)).with(csrf()).param("title", "").param("urgency", "NORMAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filing", "title", "description", "categoryCode"));
		mvc.perform(post("/demands/new").with(as(Viewer.cadre("cadre-pages", cadre))).with(csrf())
			.param("enterpriseId", "" + otherEnterprise)
			.param("categoryCode", "SPACE")
			.param("title", "不是结对企业" + token())
			.param("description", "内容")
			.param("urgency", "NORMAL"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/demands/new").with(as(dept))).andExpect(status().isForbidden());
	}

	@Test
	void offersACadreOnlyItsPairedEnterprises() throws Exception {
		mvc.perform(get("/demands/new").with(as(Viewer.cadre("cadre-pages", cadre))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + enterprise + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + otherEnterprise + "\""))));
	}

	@Test
	void hidesInternalTimelineEntriesFromTheEnterprise() throws Exception {
		long id = assigned("内部记录" + token());
		workflow.act(id, null, new DemandCommand.Remind("内部督办说明"), ADMIN);
		mvc.perform(get("/demands/{id}", id).with(as(ADMIN))).andExpect(content().string(containsString("内部督办说明")));
		mvc.perform(get("/demands/{id}", id).with(as(ent)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("内部督办说明"))));
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

	private static String token() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
