package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.account.TestViewers;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue through its pages and JSON API on the whole application: the centre drafts, publishes and closes
 * a policy (audited, announced), forms and the API explain every refusal, and each role (and a visitor who is
 * not signed in) sees and may do exactly what {@link PolicyAccess} says.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class PolicyCatalogueIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicyCatalogue catalogue;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	TestDirectory directory;

	long department;

	String token;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
		department = directory.department("政策测试局");
		token = "Zc" + UUID.randomUUID().toString().substring(0, 8);
	}

	private MockHttpServletRequestBuilder pageForm(String uri, String title) {
		return pageForm(uri, title, Map.of());
	}

	/** The page form of a complete percentage policy, with some fields given other values. */
	private MockHttpServletRequestBuilder pageForm(String uri, String title, Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("documentNo", "西测〔2026〕" + token + "号");
		fields.put("departmentId", String.valueOf(department));
		fields.put("benefitKind", "SUBSIDY");
		fields.put("validFrom", "2026-01-01");
		fields.put("validUntil", LocalDate.now().plusYears(1).toString());
		fields.put("budget", "3000000");
		fields.put("amountKind", "PERCENT");
		fields.put("percent", "20");
		fields.put("percentOf", "RD_SPEND");
		fields.put("amountCap", "500000");
		fields.put("summary", "对企业研发投入给予补助。");
		fields.put("body", "第一条 为鼓励企业加大研发投入……");
		fields.putAll(changes);
		MockHttpServletRequestBuilder request = post(uri).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private PolicyForm form(String title) {
		PolicyForm form = new PolicyForm();
		form.setTitle(title);
		form.setDocumentNo("西测〔2026〕" + token + "号");
		form.setDepartmentId(department);
		form.setBenefitKind(BenefitKind.REWARD);
		form.setValidFrom(LocalDate.now().minusDays(10));
		form.setValidUntil(LocalDate.now().plusDays(100));
		form.setBudget(new BigDecimal("1000000"));
		form.setAmountKind(AmountRule.Kind.FIXED);
		form.setFixedAmount(new BigDecimal("200000"));
		form.setSummary("首次纳入规上统计的企业给予奖励。");
		form.setBody("第一条 ……");
		return form;
	}

	private long draft(String title) {
		return catalogue.create(form(title), ADMIN).getId();
	}

	private long published(String title) {
		long id = draft(title);
		catalogue.publish(id, null, ADMIN);
		return id;
	}

	private String zh(String key, Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void adminDraftsPublishesAndClosesAPolicyThroughThePages() throws Exception {
		String title = "研发费用补助" + token;
		String location = mvc.perform(pageForm("/policies/new", title).with(TestViewers.as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/policies/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(get("/policies/{id}", id).with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("研发费用的 20%，最高 50 万元")))
			.andExpect(content().string(containsString(zh("policy.publish"))));

		mvc.perform(post("/policies/{id}/publish", id).with(csrf()).with(TestViewers.as(ADMIN)).param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "policy.publishDone"));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(events.stream(PolicyPublished.class)).containsExactly(new PolicyPublished(id));

		mvc.perform(post("/policies/{id}/publish", id).with(csrf()).with(TestViewers.as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", zh("policy.publish.notDraft")));

		mvc.perform(post("/policies/{id}/close", id).with(csrf()).with(TestViewers.as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "policy.closeDone"));
		assertThat(statusOf(id)).isEqualTo("CLOSED");
		assertThat(audit.history("policy", id, 10)).extracting(entry -> entry.action())
			.containsExactly("policy-closed", "policy-published", "created");
	}

	@Test
	void revisingAPublishedPolicyKeepsItsRuleColumnAndRefusesAnotherAmount() throws Exception {
		long id = published("贷款贴息" + token);
		jdbc.sql("update policy set rule = :rule where id = :id").param("rule", "{\"all\":[]}").param("id", id).update();

		PolicyForm corrected = form("贷款贴息" + token);
		corrected.setSummary("更正后的摘要" + token);
		corrected.setVersion(catalogue.get(id, ADMIN).getVersion());
		catalogue.revise(id, corrected, ADMIN);
		assertThat(jdbc.sql("select rule from policy where id = :id").param("id", id).query(String.class).single())
			.as("the eligibility rule belongs to policy.rule").isEqualTo("{\"all\":[]}");
		assertThat(jdbc.sql("select summary from policy where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("更正后的摘要" + token);

		PolicyForm otherAmount = form("贷款贴息" + token);
		otherAmount.setFixedAmount(new BigDecimal("300000"));
		assertThatThrownBy(() -> catalogue.revise(id, otherAmount, ADMIN)).isInstanceOf(RejectedFieldException.class)
			.hasMessageContaining("policy.published.amountRuleLocked");

		mvc.perform(pageForm("/policies/" + id + "/edit", "贷款贴息" + token).with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh("policy.published.locked"))));

		mvc.perform(pageForm("/policies/" + id + "/edit", "贷款贴息" + token, Map.of("version", "0"))
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh("form.conflict"))));
	}

	@Test
	void formExplainsEveryMistakeBesideItsField() throws Exception {
		mvc.perform(post("/policies/new").with(csrf())
			.with(TestViewers.as(ADMIN))
			.param("title", "")
			.param("documentNo", "x")
			.param("departmentId", String.valueOf(department))
			.param("benefitKind", "SUBSIDY")
			.param("validFrom", "2026-06-01")
			.param("validUntil", "2026-05-01")
			.param("budget", "abc")
			.param("amountKind", "PERCENT")
			.param("percent", "120")
			.param("percentOf", "EMPLOYEES")
			.param("amountCap", "1.005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh("policy.form.title.required"))))
			.andExpect(content().string(containsString(zh("policy.form.validUntil.beforeFrom"))))
			.andExpect(content().string(containsString(zh("typeMismatch.policyForm.budget"))))
			.andExpect(content().string(containsString(zh("policy.form.percent.range"))))
			.andExpect(content().string(containsString(zh("policy.form.percentOf.count"))))
			.andExpect(content().string(containsString(zh("policy.form.amount.digits"))));

		long inactive = directory.department("撤销局");
		jdbc.sql("update department set active = false where id = :id").param("id", inactive).update();
		mvc.perform(pageForm("/policies/new", "撤销部门政策" + token, Map.of("departmentId", String.valueOf(inactive)))
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(zh("policy.form.departmentId.unknown"))));
	}

	@Test
	void publishingExplainsWhatIsMissingOrThatTheValidityEnded() throws Exception {
		PolicyForm incomplete = form("缺少原文" + token);
		incomplete.setBody("");
		long id = catalogue.create(incomplete, ADMIN).getId();
		mvc.perform(post("/policies/{id}/publish", id).with(csrf()).with(TestViewers.as(ADMIN)))
			.andExpect(flash().attribute("error", zh("policy.publish.missing", zh("policy.field.body"))));

		PolicyForm ended = form("已过期" + token);
		ended.setValidFrom(LocalDate.now().minusYears(1));
		ended.setValidUntil(LocalDate.now().minusDays(1));
		long old = catalogue.create(ended, ADMIN).getId();
		mvc.perform(post("/api/v1/policies/{id}/publish", old).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(zh("policy.publish.ended", ended.getValidUntil().toString())));
		assertThat(statusOf(old)).isEqualTo("DRAFT");
	}

	@Test
	void visitorsSeePublishedPoliciesOnlyAndAreSentToSignInForTheRest() throws Exception {
		long draft = draft("草稿政策" + token);
		long published = published("公开政策" + token);

		mvc.perform(get("/policies").param("q", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开政策" + token)))
			.andExpect(content().string(not(containsString("草稿政策" + token))))
			.andExpect(content().string(containsString(zh("policy.list.signIn"))));
		mvc.perform(get("/policies/{id}", published))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公开政策" + token)))
			.andExpect(content().string(not(containsString(zh("audit.heading")))));
		mvc.perform(get("/policies/{id}", draft)).andExpect(status().isNotFound());
		mvc.perform(get("/policies/new")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/policies/{id}/edit", published)).andExpect(status().is3xxRedirection());
		// only numeric ids are public: other pages under /policies/ ask a visitor to sign in
		mvc.perform(get("/policies/checkup")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/policies/{id}/close", published).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(published)).isEqualTo("PUBLISHED");
	}

	@Test
	void eachRoleSeesAndManagesWhatItMay() throws Exception {
		long own = draft("本部门草稿" + token);
		long otherDepartment = directory.department("其他局");
		PolicyForm foreign = form("他部门草稿" + token);
		foreign.setDepartmentId(otherDepartment);
		long foreignDraft = catalogue.create(foreign, ADMIN).getId();
		long published = published("已发布" + token);
		Viewer departmentUser = Viewer.department("dept-policy", department);
		Viewer enterprise = Viewer.enterprise("ent-policy", directory.enterprise("政策测试企业" + token));

		mvc.perform(get("/policies").param("q", token).with(TestViewers.as(departmentUser)))
			.andExpect(content().string(containsString("本部门草稿" + token)))
			.andExpect(content().string(not(containsString("他部门草稿" + token))))
			.andExpect(content().string(containsString("已发布" + token)));
		mvc.perform(get("/policies/{id}", own).with(TestViewers.as(departmentUser)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(zh("policy.publish")))));
		mvc.perform(get("/policies/{id}", foreignDraft).with(TestViewers.as(departmentUser)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/policies/{id}/edit", own).with(TestViewers.as(departmentUser)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/policies/{id}/publish", own).with(csrf()).with(TestViewers.as(departmentUser)))
			.andExpect(status().isForbidden());

		mvc.perform(get("/policies").param("q", token).with(TestViewers.as(enterprise)))
			.andExpect(content().string(not(containsString("本部门草稿" + token))))
			.andExpect(content().string(containsString("已发布" + token)));
		mvc.perform(get("/policies/{id}", own).with(TestViewers.as(enterprise))).andExpect(status().isNotFound());
		mvc.perform(get("/policies/new").with(TestViewers.as(enterprise))).andExpect(status().isForbidden());
		mvc.perform(post("/policies/{id}/close", published).with(csrf()).with(TestViewers.as(enterprise)))
			.andExpect(status().isForbidden());
		assertThat(statusOf(own)).isEqualTo("DRAFT");
		assertThat(statusOf(published)).isEqualTo("PUBLISHED");
	}

	@Test
	void listFiltersByDepartmentKindOpenNowAndStatusWithAnHtmxPartial() throws Exception {
		long open = published("在申报" + token);
		PolicyForm future = form("未开始" + token);
		future.setBenefitKind(BenefitKind.INTEREST);
		future.setValidFrom(LocalDate.now().plusDays(30));
		future.setValidUntil(LocalDate.now().plusDays(60));
		long later = catalogue.create(future, ADMIN).getId();
		catalogue.publish(later, null, ADMIN);
		draft("草稿" + token);

		mvc.perform(get("/policies").param("q", token).param("open", "true").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在申报" + token)))
			.andExpect(content().string(not(containsString("未开始" + token))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/policies").param("q", token).param("kind", "INTEREST"))
			.andExpect(content().string(containsString("未开始" + token)))
			.andExpect(content().string(not(containsString("在申报" + token))));
		mvc.perform(get("/policies").param("department", String.valueOf(department)).param("q", "不存在的政策名称"))
			.andExpect(content().string(containsString(zh("policy.list.empty"))));
		mvc.perform(get("/policies").param("q", token).param("status", "DRAFT").with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString("草稿" + token)))
			.andExpect(content().string(not(containsString("在申报" + token))));
		assertThat(open).isPositive();
	}

	@Test
	void apiCreatesPublishesClosesAndAnswersProblems() throws Exception {
		String body = """
				{"title":"外贸稳增长补助%s","documentNo":"西商〔2026〕%s号","departmentId":%d,"benefitKind":"SUBSIDY",
				 "validFrom":"2026-01-01","validUntil":"%s","budget":2000000,"amountKind":"PERCENT","percent":2.5,
				 "percentOf":"EXPORTS","amountCap":300000,"summary":"按出口额给予补助。","body":"第一条 ……"}"""
			.formatted(token, token, department, LocalDate.now().plusYears(1));
		String location = mvc.perform(post("/api/v1/policies").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/policies/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.amountRule.percentOf").value("EXPORTS"))
			.andExpect(jsonPath("$.amountText").value("出口额的 2.5%，最高 30 万元"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/api/v1/policies/{id}/publish", id).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.open").value(true));
		mvc.perform(get("/api/v1/policies").param("q", token).param("open", "true")
			.with(TestViewers.as(Viewer.enterprise("ent-api", directory.enterprise("接口企业" + token)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(id))
			.andExpect(jsonPath("$.page.totalElements").value(1));
		mvc.perform(post("/api/v1/policies/{id}/publish", id).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/policies/{id}/close", id).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));

		mvc.perform(post("/api/v1/policies").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"amountKind\":\"FIXED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'fixedAmount')].message")
				.value(zh("policy.form.fixedAmount.required")))
			.andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value(zh("policy.form.title.required")));
		mvc.perform(post("/api/v1/policies").with(TestViewers.as(Viewer.department("dept-api", department)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/policies/{id}", draft("接口草稿" + token))
			.with(TestViewers.as(Viewer.enterprise("ent-api", directory.enterprise("接口企业二" + token)))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policies")).andExpect(status().isUnauthorized());
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from policy where id = :id").param("id", id).query(String.class).single();
	}

}
