package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhuqi.calendar.WorkingCalendar;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.grant.Grant;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.GrantStatus;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * Applications, review and public notice against the whole application: one active application per enterprise
 * and policy (also under concurrent submits), the review flows with the timeline, scoping, the public notice with
 * objections and {@link PublicNotices#settleDue(LocalDate)} with an explicit date.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PolicyApplicationIntegrationTests {

	private static final String ACCOUNT = "6222021234567890123";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationService service;

	@Autowired
	PublicNotices notices;

	@Autowired
	Grants grants;

	@Autowired
	WorkingCalendar calendar;

	long department;

	long otherDepartment;

	long enterprise;

	long otherEnterprise;

	long percentPolicy;

	Viewer ent;

	Viewer otherEnt;

	Viewer dept;

	Viewer otherDept;

	Viewer admin = Viewer.admin("admin");

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		department = directory.department("区科技局");
		otherDepartment = directory.department("区旁观局");
		enterprise = directory.enterprise("申报测试企业" + UUID.randomUUID().toString().substring(0, 6));
		otherEnterprise = directory.enterprise("另一家申报企业");
		percentPolicy = policy(department, true, false, LocalDate.now().minusDays(30), LocalDate.now().plusDays(60));
		ent = Viewer.enterprise("ent-app", enterprise);
		otherEnt = Viewer.enterprise("ent-other", otherEnterprise);
		dept = Viewer.department("dept-app", department);
		otherDept = Viewer.department("dept-other", otherDepartment);
	}

	/** A published policy: 20 % of the R&D spend capped at 500,000 yuan, or a fixed 100,000 yuan. */
	long policy(long departmentId, boolean percent, boolean noApplication, LocalDate from, LocalDate until) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, fixed_amount, percent, percent_of, amount_cap, no_application,
				    status, published_at, created_by, created_at, updated_at)
				values (:title, '西科发〔2026〕1号', :department, '研发费用补助', '全文', :from, :until, 'SUBSIDY', 10000000,
				    :kind, :fixed, :percent, :of, :cap, :none, 'PUBLISHED', :now, 'admin', :now, :now)""")
			.param("title", "研发费用补助" + UUID.randomUUID().toString().substring(0, 6))
			.param("department", departmentId)
			.param("from", from)
			.param("until", until)
			.param("kind", percent ? "PERCENT" : "FIXED")
			.param("fixed", percent ? null : new BigDecimal("100000.00"), java.sql.Types.NUMERIC)
			.param("percent", percent ? new BigDecimal("20") : null, java.sql.Types.NUMERIC)
			.param("of", percent ? "RD_SPEND" : null, java.sql.Types.VARCHAR)
			.param("cap", percent ? new BigDecimal("500000.00") : null, java.sql.Types.NUMERIC)
			.param("none", noApplication)
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	private String body(long policyId, String rdSpend, boolean submit) {
		return """
				{"policyId": %d, "figures": {"RD_SPEND": %s, "EMPLOYEES": 35}, "statement": "2025 年研发投入",
				 "bankName": "杭州银行西湖支行", "accountHolder": "申报测试企业", "bankAccount": "6222 0212 3456 7890 123",
				 "submit": %s}""".formatted(policyId, rdSpend, submit);
	}

	private ResultActions create(Viewer viewer, String json) throws Exception {
		return mvc.perform(post("/api/v1/policy-applications").with(as(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private long created(Viewer viewer, String json) throws Exception {
		String response = create(viewer, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.id")).longValue();
	}

	private ResultActions act(long id, String action, Viewer viewer, String json) throws Exception {
		return mvc.perform(post("/api/v1/policy-applications/{id}/{action}", id, action).with(as(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void oneActiveApplicationPerEnterpriseAndPolicyUntilWithdrawn() throws Exception {
		long first = created(ent, body(percentPolicy, "1000000", false));
		create(ent, body(percentPolicy, "1000000", true)).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		act(first, "withdraw", ent, "{}").andExpect(jsonPath("$.status").value("WITHDRAWN"));
		long second = created(ent, body(percentPolicy, "1000000", true));
		assertThat(second).isNotEqualTo(first);
		act(second, "reject", dept, "{\"reason\": \"材料不符\"}").andExpect(jsonPath("$.status").value("REJECTED"));
		created(ent, body(percentPolicy, "1000000", true));
	}

	@Test
	void concurrentSubmitsMakeOneActiveApplication() throws Exception {
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Callable<Long> submit = () -> {
				start.await();
				ApplicationForm form = new ApplicationForm();
				form.setPolicyId(percentPolicy);
				form.setFigures(new java.util.HashMap<>(Map.of("RD_SPEND", new BigDecimal("800000"))));
				form.setBankName("杭州银行");
				form.setAccountHolder("申报测试企业");
				form.setBankAccount(ACCOUNT);
				form.setSubmit(true);
				return service.create(form, ent);
			};
			results.add(pool.submit(submit));
		}
		start.countDown();
		int made = 0;
		int refused = 0;
		for (Future<Long> result : results) {
			try {
				result.get();
				made++;
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(RefusedActionException.class);
				refused++;
			}
		}
		pool.shutdown();
		assertThat(made).isEqualTo(1);
		assertThat(refused).isEqualTo(threads - 1);
		assertThat(jdbc.sql("select count(*) from policy_application where policy_id = :p and enterprise_id = :e")
			.param("p", percentPolicy)
			.param("e", enterprise)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void returnedApplicationIsResubmittedAndApprovedWithTheComputedAmount() throws Exception {
		long id = created(ent, body(percentPolicy, "1234567.89", true));
		assertThat(figure(enterprise, "RD_SPEND")).isEqualByComparingTo("1234567.89");
		act(id, "return", dept, "{\"reason\": \"请补充研发费用专项审计报告\"}").andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.decisionReason").value("请补充研发费用专项审计报告"));
		mvc.perform(put("/api/v1/policy-applications/{id}", id).with(as(ent))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(percentPolicy, "1500000", true)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.computedAmount").value(300000.00));
		assertThat(figure(enterprise, "RD_SPEND")).isEqualByComparingTo("1500000");
		act(id, "approve", dept, "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedAmount").value(300000.00))
			.andExpect(jsonPath("$.grantStatus").value("APPROVED"))
			.andExpect(jsonPath("$.timeline[*].step").value(org.hamcrest.Matchers.contains("CREATED", "SUBMITTED",
					"RETURNED", "SAVED", "RESUBMITTED", "APPROVED")));
		Grant grant = grants.of(percentPolicy, enterprise).orElseThrow();
		assertThat(grant.amount()).isEqualByComparingTo("300000.00");
		assertThat(grant.applicationId()).isEqualTo(id);
		assertThat(grant.source()).isEqualTo(GrantSource.APPLICATION);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'policy-application' and subject_id = :id")
			.param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.sql("select count(*) from notice where audience_role = 'ENTERPRISE' and audience_id = :e")
			.param("e", enterprise).query(Long.class).single()).isEqualTo(2);
		// a decided application is final, and a second approval is refused
		act(id, "approve", dept, "{}").andExpect(status().isConflict());
		create(ent, body(percentPolicy, "1", true)).andExpect(status().isConflict());
	}

	@Test
	void overrideWithoutReasonIsRefused() throws Exception {
		long id = created(ent, body(percentPolicy, "100000", true));
		act(id, "approve", dept, "{\"amount\": 25000}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
		act(id, "approve", dept, "{\"amount\": -5, \"reason\": \"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("amount")));
		act(id, "approve", dept, "{\"amount\": 20000}").andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedAmount").value(20000.00))
			.andExpect(jsonPath("$.overrideReason").doesNotExist());
	}

	@Test
	void overrideWithReasonIsRecorded() throws Exception {
		long id = created(ent, body(percentPolicy, "100000", true));
		act(id, "approve", admin, "{\"amount\": 15000.50, \"reason\": \"部分研发费用不予认定\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedAmount").value(15000.50))
			.andExpect(jsonPath("$.overrideReason").value("部分研发费用不予认定"));
	}

	@Test
	void staleReviewIsRefusedAsAConflict() throws Exception {
		long id = created(ent, body(percentPolicy, "100000", true));
		int version = JsonPath.read(mvc.perform(get("/api/v1/policy-applications/{id}", id).with(as(dept)))
			.andReturn().getResponse().getContentAsString(), "$.version");
		act(id, "return", dept, "{\"reason\": \"补材料\", \"version\": %d}".formatted(version)).andExpect(status().isOk());
		act(id, "approve", admin, "{\"version\": %d}".formatted(version)).andExpect(status().isConflict());
	}

	@Test
	void submitNeedsTheFigureOfTheAmountRuleAndAValidAccount() throws Exception {
		create(ent, """
				{"policyId": %d, "figures": {"EMPLOYEES": 20}, "bankName": "杭州银行", "accountHolder": "某企业",
				 "bankAccount": "%s", "submit": true}""".formatted(percentPolicy, ACCOUNT))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("figures[RD_SPEND]"));
		create(ent, body(percentPolicy, "1000", true).replace("6222 0212 3456 7890 123", "6222-0212"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("bankAccount"));
		create(ent, body(percentPolicy, "-3", true)).andExpect(status().isBadRequest());
		create(ent, "{\"policyId\": \"x\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// a draft may be incomplete
		long draft = created(ent, "{\"policyId\": %d}".formatted(percentPolicy));
		act(draft, "submit", ent, "{}").andExpect(status().isBadRequest());
	}

	@Test
	void closedAndNoApplicationPoliciesTakeNoApplications() throws Exception {
		long expired = policy(department, false, false, LocalDate.now().minusDays(60), LocalDate.now().minusDays(1));
		long automatic = policy(department, false, true, LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
		create(ent, body(expired, "1", true)).andExpect(status().isConflict());
		create(ent, body(automatic, "1", true)).andExpect(status().isConflict());
		create(dept, body(percentPolicy, "1", true)).andExpect(status().isForbidden());
	}

	@Test
	void enterpriseSeesOnlyItsOwnApplicationsAndAccountMasked() throws Exception {
		long id = created(ent, body(percentPolicy, "100000", true));
		long others = created(otherEnt, body(percentPolicy, "100000", true));
		mvc.perform(get("/api/v1/policy-applications/{id}", others).with(as(ent))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policy-applications").with(as(ent)).param("size", "100"))
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)))
			.andExpect(jsonPath("$.content[*].enterpriseId").value(not(hasItem((int) otherEnterprise))));
		mvc.perform(get("/api/v1/policy-applications/{id}", id).with(as(ent)))
			.andExpect(jsonPath("$.bankAccount").value("6222 **** **** 0123"))
			.andExpect(jsonPath("$.accountMasked").value(true));
		mvc.perform(get("/api/v1/policy-applications/{id}", id).with(as(dept)))
			.andExpect(jsonPath("$.bankAccount").value("6222 0212 3456 7890 123"));
		assertThat(jdbc.sql("select bank_account from policy_application where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo(ACCOUNT);
		// the enterprise cannot review its own application
		act(id, "approve", ent, "{}").andExpect(status().isForbidden());
		mvc.perform(get("/policy-applications/{id}", id).with(as(ent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6222 **** **** 0123")))
			.andExpect(content().string(not(containsString("7890"))));
	}

	@Test
	void departmentReviewsOnlyItsOwnPolicies() throws Exception {
		long id = created(ent, body(percentPolicy, "100000", true));
		long draft = created(otherEnt, body(percentPolicy, "100000", false));
		mvc.perform(get("/api/v1/policy-applications/{id}", id).with(as(otherDept))).andExpect(status().isNotFound());
		act(id, "approve", otherDept, "{}").andExpect(status().isNotFound());
		act(id, "reject", otherDept, "{\"reason\": \"越权\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policy-applications").with(as(otherDept)).param("policy", String.valueOf(percentPolicy)))
			.andExpect(jsonPath("$.content").isEmpty());
		// drafts are the enterprise's own until submitted
		mvc.perform(get("/api/v1/policy-applications/{id}", draft).with(as(dept))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policy-applications").with(as(dept)).param("policy", String.valueOf(percentPolicy)))
			.andExpect(jsonPath("$.content[*].id").value(org.hamcrest.Matchers.contains((int) id)));
		mvc.perform(get("/policy-reviews").with(as(dept)).param("policy", String.valueOf(percentPolicy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("申报测试企业")));
		mvc.perform(get("/policy-reviews").with(as(ent))).andExpect(status().isForbidden());
	}

	@Test
	void pagesApplySaveAndSubmit() throws Exception {
		mvc.perform(get("/policy-applications/new").with(as(ent)).param("policy", String.valueOf(percentPolicy)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("figure-RD_SPEND")));
		String draft = mvc.perform(post("/policy-applications/new").with(as(ent)).with(csrf())
			.param("policyId", String.valueOf(percentPolicy))
			.param("figures[RD_SPEND]", "50000")
			.param("bankName", "杭州银行")
			.param("submit", "false"))
			.andExpect(redirectedUrlPattern("/policy-applications/*"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(draft.substring(draft.lastIndexOf('/') + 1));
		mvc.perform(get(draft).with(as(ent))).andExpect(status().isOk());
		mvc.perform(get(draft + "/edit").with(as(ent))).andExpect(status().isOk());
		mvc.perform(post(draft + "/edit").with(as(ent)).with(csrf())
			.param("policyId", String.valueOf(percentPolicy))
			.param("figures[RD_SPEND]", "50000")
			.param("bankName", "杭州银行")
			.param("accountHolder", "申报测试企业")
			.param("bankAccount", "12345")
			.param("submit", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 至 30 位数字")));
		mvc.perform(post(draft + "/edit").with(as(ent)).with(csrf())
			.param("policyId", String.valueOf(percentPolicy))
			.param("figures[RD_SPEND]", "50000")
			.param("bankName", "杭州银行")
			.param("accountHolder", "申报测试企业")
			.param("bankAccount", ACCOUNT)
			.param("submit", "true"))
			.andExpect(redirectedUrlPattern("/policy-applications/*"));
		mvc.perform(get(draft).with(as(dept))).andExpect(status().isOk())
			.andExpect(content().string(containsString("6222 0212 3456 7890 123")));
		mvc.perform(post(draft + "/approve").with(as(dept)).with(csrf()).param("amount", "9999"))
			.andExpect(redirectedUrlPattern("/policy-applications/*"));
		assertThat(grants.of(percentPolicy, enterprise)).isEmpty();
		mvc.perform(post(draft + "/approve").with(as(dept)).with(csrf()).param("amount", "10000.00"))
			.andExpect(redirectedUrlPattern("/policy-applications/*"));
		assertThat(grants.of(percentPolicy, enterprise)).isPresent();
		mvc.perform(get("/policy-applications").with(as(ent))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/policy-applications/" + id)));
	}

	@Test
	void noticeListsApprovedGrantsAndSettlesThemAfterThePeriod() throws Exception {
		long fixed = policy(department, false, false, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
		long first = created(ent, body(fixed, "1", true));
		long second = created(otherEnt, body(fixed, "1", true));
		act(first, "approve", dept, "{}").andExpect(status().isOk());
		act(second, "approve", dept, "{}").andExpect(status().isOk());
		long third = new TestDirectory(jdbc).enterprise("免申即享企业");
		grants.approve(fixed, third, null, GrantSource.NO_APPLICATION, new BigDecimal("100000.00"), "admin");

		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notices.publish(fixed, 5, otherDept)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		long notice = notices.publish(fixed, null, dept);
		NoticeRow row = notices.find(notice).orElseThrow();
		assertThat(row.grants()).isEqualTo(3);
		assertThat(row.total()).isEqualByComparingTo("300000.00");
		assertThat(row.startsOn()).isEqualTo(calendar.today());
		assertThat(row.endsOn()).isEqualTo(calendar.addWorkingDays(calendar.today(), 5));
		assertThat(notices.entries(notice)).extracting(NoticeEntry::status).containsOnly(GrantStatus.IN_NOTICE);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notices.publish(fixed, 5, admin)))
			.isInstanceOf(RefusedActionException.class);

		// the public page needs no login
		mvc.perform(get("/policy-notices/{id}", notice).accept(MediaType.TEXT_HTML)).andExpect(status().isOk())
			.andExpect(content().string(containsString("免申即享企业")))
			.andExpect(content().string(containsString("100,000.00")));
		mvc.perform(get("/policy-notices").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		mvc.perform(get("/policy-notices/{id}", notice).with(as(dept))).andExpect(status().isOk());

		long firstGrant = grants.of(fixed, enterprise).orElseThrow().id();
		long secondGrant = grants.of(fixed, otherEnterprise).orElseThrow().id();
		long thirdGrant = grants.of(fixed, third).orElseThrow().id();
		long dismissed = notices.recordObjection(notice, objection(firstGrant), dept);
		long upheld = notices.recordObjection(notice, objection(secondGrant), admin);

		LocalDate lastDay = row.endsOn();
		notices.settleDue(lastDay);
		assertThat(grants.find(thirdGrant).orElseThrow().status()).as("not before the period ends")
			.isEqualTo(GrantStatus.IN_NOTICE);
		assertThat(notices.settleDue(lastDay.plusDays(1))).isGreaterThanOrEqualTo(1);
		assertThat(grants.find(thirdGrant).orElseThrow().status()).isEqualTo(GrantStatus.PAYABLE);
		assertThat(grants.find(thirdGrant).orElseThrow().payableOn()).isEqualTo(lastDay.plusDays(1));
		assertThat(grants.find(firstGrant).orElseThrow().status()).as("pending objection").isEqualTo(GrantStatus.IN_NOTICE);

		notices.resolveObjection(upheld, true, "核实存在虚报", null, dept);
		assertThat(grants.find(secondGrant).orElseThrow().status()).isEqualTo(GrantStatus.WITHHELD);
		notices.resolveObjection(dismissed, false, "经核实异议不成立", null, dept);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> notices.resolveObjection(dismissed, true, "again", null, dept)))
			.isInstanceOf(RefusedActionException.class);
		notices.settleDue(lastDay.plusDays(2));
		assertThat(grants.find(firstGrant).orElseThrow().status()).isEqualTo(GrantStatus.PAYABLE);
		assertThat(grants.find(firstGrant).orElseThrow().payableOn()).isEqualTo(lastDay.plusDays(2));
		assertThat(grants.find(secondGrant).orElseThrow().status()).isEqualTo(GrantStatus.WITHHELD);
		mvc.perform(get("/policy-applications/{id}", first).with(as(ent))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/policy-notices/" + notice)));
		mvc.perform(get("/policy-notices/{id}", notice).with(as(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString("核实存在虚报")));
	}

	@Test
	void objectionsAreRecordedOnlyAgainstGrantsOfTheNotice() throws Exception {
		long fixed = policy(department, false, false, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
		act(created(ent, body(fixed, "1", true)), "approve", dept, "{}").andExpect(status().isOk());
		long notice = notices.publish(fixed, 3, admin);
		mvc.perform(post("/policy-notices/{id}/objections", notice).with(as(ent)).with(csrf())
			.param("grantId", "1").param("objector", "某人").param("content", "有疑问"))
			.andExpect(status().isForbidden());
		ObjectionForm stranger = objection(-1);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notices.recordObjection(notice, stranger, dept)))
			.isInstanceOf(org.zhuqi.shared.RejectedFieldException.class);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> notices.publish(fixed, 31, admin)))
			.isInstanceOf(org.zhuqi.shared.RejectedFieldException.class);
	}

	@Test
	void panelOffersTheApplicationToEnterprisesAndTheQueueToReviewers() throws Exception {
		mvc.perform(get("/test/policy-panel/{id}", percentPolicy).with(as(ent))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/policy-applications/new?policy=" + percentPolicy)));
		long id = created(ent, body(percentPolicy, "100000", true));
		mvc.perform(get("/test/policy-panel/{id}", percentPolicy).with(as(ent))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/policy-applications/" + id)))
			.andExpect(content().string(not(containsString("/policy-applications/new"))));
		mvc.perform(get("/test/policy-panel/{id}", percentPolicy).with(as(dept))).andExpect(status().isOk())
			.andExpect(content().string(containsString("待审核 1 件")))
			.andExpect(content().string(containsString("/policy-reviews?policy=" + percentPolicy)));
		mvc.perform(get("/test/policy-panel/{id}", percentPolicy).with(as(otherDept))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/policy-reviews"))));
	}

	private static ObjectionForm objection(long grantId) {
		ObjectionForm form = new ObjectionForm();
		form.setGrantId(grantId);
		form.setObjector("群众来信");
		form.setContent("该企业研发投入存在疑问");
		return form;
	}

	private BigDecimal figure(long enterpriseId, String figure) {
		return jdbc.sql("select figure_value from enterprise_figure where enterprise_id = :e and figure = :f")
			.param("e", enterpriseId)
			.param("f", figure)
			.query(BigDecimal.class)
			.single();
	}

	/** Hosts the panel fragment as the catalogue's detail page will, in its own test page. */
	@TestConfiguration
	static class PanelHost {

		@Bean
		PanelHostController panelHostController(PolicyLookup policies) {
			return new PanelHostController(policies);
		}

	}

	@Controller
	static class PanelHostController {

		private final PolicyLookup policies;

		PanelHostController(PolicyLookup policies) {
			this.policies = policies;
		}

		@GetMapping("/test/policy-panel/{id}")
		String panel(@PathVariable long id, Model model) {
			model.addAttribute("policy", policies.find(id).orElseThrow());
			return "policy/application-panel :: panel(policy=${policy})";
		}

	}

}
