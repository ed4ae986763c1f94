package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhuqi.policy.PolicyFigures;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * The payout ledger end to end: concurrent batches never pay a grant twice, a result file's duplicate line is
 * applied once and reported, a re-imported file changes nothing, a failed payment is retried and paid, a paid
 * one is only reversed, the figures equal the ledger's sums to the fen, and the grants list is scoped by role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PayoutIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Grants grants;

	@Autowired
	PayoutBatches batches;

	@Autowired
	ResultImports imports;

	@Autowired
	PayoutLedger ledger;

	@Autowired
	PayoutQueries queries;

	@Autowired
	PolicyFigures figures;

	@Autowired
	JsonMapper json;

	private PayoutFixtures fixtures;

	private long department;

	@BeforeEach
	void setUp() {
		fixtures = new PayoutFixtures(jdbc, grants);
		department = fixtures.department();
	}

	private long policy() {
		return fixtures.policy(department, PayoutFixtures.unique("兑现测试政策"), new BigDecimal("1000000.00"));
	}

	private long enterprise() {
		return fixtures.enterprise(PayoutFixtures.unique("兑现测试企业"), null);
	}

	private static byte[] csv(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private ImportReport importFile(long batchId, String... lines) {
		return imports.importResults(batchId, "result.csv", csv(lines), ADMIN);
	}

	private String key(long grantId) {
		return fixtures.entries(grantId).get(fixtures.entries(grantId).size() - 1).idempotencyKey();
	}

	@Test
	void concurrentBatchesForOneGrantMakeExactlyOnePayment() throws Exception {
		long policy = policy();
		long grant = fixtures.payableGrant(policy, enterprise(), "8888.88");
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Long>> attempts = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			attempts.add(pool.submit((Callable<Long>) () -> {
				start.await();
				try {
					return batches.create(policy, ADMIN);
				}
				catch (RefusedActionException ex) {
					return null;
				}
			}));
		}
		start.countDown();
		List<Long> made = new ArrayList<>();
		for (Future<Long> attempt : attempts) {
			Long batch = attempt.get();
			if (batch != null) {
				made.add(batch);
			}
		}
		pool.shutdown();
		assertThat(made).as("one batch took the grant").hasSize(1);
		List<Payout> entries = fixtures.entries(grant);
		assertThat(entries).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(PayoutStatus.PENDING);
			assertThat(entry.amount()).isEqualByComparingTo("8888.88");
			assertThat(entry.batchId()).isEqualTo(made.get(0));
		});
		assertThatThrownBy(() -> batches.create(policy, ADMIN)).isInstanceOf(RefusedActionException.class)
			.extracting("code")
			.isEqualTo("policy.payout.batch.nothing");
	}

	@Test
	void duplicateLineIsAppliedOnceAndReportedAndReimportChangesNothing() {
		long policy = policy();
		long paidGrant = fixtures.payableGrant(policy, enterprise(), "1200.50");
		long failedGrant = fixtures.payableGrant(policy, enterprise(), "300.00");
		long batch = batches.create(policy, ADMIN);
		String paid = key(paidGrant);
		String failed = key(failedGrant);
		String[] lines = { "idempotency_key,status,bank_reference,paid_on,failure_reason,amount",
				paid + ",SUCCESS,BK-" + paidGrant + ",2026-05-06,,1200.50", paid + ",SUCCESS,BK-" + paidGrant + ",2026-05-06,,",
				failed + ",FAIL,,,账户已销户", "G999999999-A1,SUCCESS,BK-X,2026-05-06,", failed + ",SUCCESS,BK-Y,2026-05-06,,1.00",
				"garbage" };

		ImportReport first = importFile(batch, lines);
		assertThat(first.applied()).isEqualTo(2);
		assertThat(first.duplicates()).isEqualTo(1);
		assertThat(first.rejected()).isEqualTo(3);
		assertThat(first.problems()).extracting(ImportLine::lineNo, ImportLine::problem)
			.containsExactly(tuple(3, LineProblem.DUPLICATE),
					tuple(5, LineProblem.UNKNOWN_KEY),
					tuple(6, LineProblem.AMOUNT_MISMATCH),
					tuple(7, LineProblem.MALFORMED));
		assertThat(fixtures.entries(paidGrant)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo(PayoutStatus.PAID);
			assertThat(entry.bankReference()).isEqualTo("BK-" + paidGrant);
		});
		assertThat(fixtures.entries(failedGrant)).singleElement()
			.extracting(Payout::status, Payout::failureReason)
			.containsExactly(PayoutStatus.FAILED, "账户已销户");

		ImportReport again = importFile(batch, lines);
		assertThat(again.applied()).isZero();
		assertThat(again.duplicates()).isEqualTo(3);
		assertThat(again.rejected()).isEqualTo(3);
		long paidEntry = fixtures.entries(paidGrant).get(0).id();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'policy-payout' and subject_id = :id"
				+ " and action = 'paid'").param("id", paidEntry).query(Long.class).single())
			.as("paid once, audited once")
			.isEqualTo(1);
		assertThat(imports.report(again.id(), ADMIN)).isPresent();
	}

	@Test
	void failedPaymentIsRetriedAsANewAttemptAndPaid() {
		long policy = policy();
		long enterprise = enterprise();
		long grant = fixtures.payableGrant(policy, enterprise, "4321.09");
		long first = batches.create(policy, ADMIN);
		importFile(first, key(grant) + ",FAIL,,,户名不符");
		assertThat(queries.stageOf(policy, enterprise)).isEqualTo(GrantStage.FAILED);

		long retry = batches.retryFailed(policy, ADMIN);
		assertThat(retry).isNotEqualTo(first);
		List<Payout> entries = fixtures.entries(grant);
		assertThat(entries).extracting(Payout::idempotencyKey).containsExactly("G" + grant + "-A1", "G" + grant + "-A2");
		assertThat(entries.get(1).status()).isEqualTo(PayoutStatus.PENDING);
		assertThat(queries.stageOf(policy, enterprise)).isEqualTo(GrantStage.PAYING);
		assertThat(batches.file(retry, ADMIN).content()).asString(StandardCharsets.UTF_8)
			.contains("G" + grant + "-A2")
			.contains(fixtures.uscc(enterprise))
			.contains("4321.09");

		ImportReport report = importFile(retry, "G" + grant + "-A2,SUCCESS,BK-R" + grant + ",20260510,");
		assertThat(report.applied()).isEqualTo(1);
		assertThat(queries.stageOf(policy, enterprise)).isEqualTo(GrantStage.PAID);
		assertThatThrownBy(() -> batches.retryFailed(policy, ADMIN)).isInstanceOf(RefusedActionException.class);
		assertThatThrownBy(() -> batches.create(policy, ADMIN)).isInstanceOf(RefusedActionException.class);
	}

	@Test
	void paidPaymentIsNeverChangedOnlyReversedOnceWithAReason() throws Exception {
		long policy = policy();
		long enterprise = enterprise();
		long grant = fixtures.payableGrant(policy, enterprise, "500.00");
		long batch = batches.create(policy, ADMIN);
		String key = key(grant);
		importFile(batch, key + ",SUCCESS,BK-P" + grant + ",2026-05-06,");
		ImportReport conflict = importFile(batch, key + ",FAIL,,,退票");
		assertThat(conflict.problems()).extracting(ImportLine::problem).containsExactly(LineProblem.CONFLICT);
		Payout payment = fixtures.entries(grant).get(0);
		assertThat(payment.status()).isEqualTo(PayoutStatus.PAID);

		mvc.perform(post("/payouts/{id}/reversal", payment.id()).with(as(ADMIN)).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("reversal", "reason"));
		mvc.perform(post("/payouts/{id}/reversal", payment.id()).with(as(ADMIN)).with(csrf()).param("reason", "重复兑现，追回"))
			.andExpect(status().is3xxRedirection());
		List<Payout> entries = fixtures.entries(grant);
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0)).isEqualTo(payment);
		assertThat(entries.get(1)).satisfies(reversal -> {
			assertThat(reversal.kind()).isEqualTo(PayoutKind.REVERSAL);
			assertThat(reversal.amount()).isEqualByComparingTo("-500.00");
			assertThat(reversal.reversesId()).isEqualTo(payment.id());
			assertThat(reversal.reason()).isEqualTo("重复兑现，追回");
		});
		assertThatThrownBy(() -> ledger.reverse(payment.id(), "again", ADMIN)).extracting("code")
			.isEqualTo("policy.payout.reversal.twice");
		assertThat(queries.stageOf(policy, enterprise)).isEqualTo(GrantStage.REVERSED);
		assertThatThrownBy(() -> batches.create(policy, ADMIN)).as("a reversed grant is not paid again")
			.isInstanceOf(RefusedActionException.class);
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'policy-payout' and subject_id = :id"
				+ " and action = 'reversed'").param("id", payment.id()).query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/payouts/{id}/reversal", payment.id()).with(as(Viewer.department("d", department)))
			.with(csrf())
			.param("reason", "no")).andExpect(status().isForbidden());
	}

	@Test
	void figuresEqualTheLedgerSumsToTheFen() throws Exception {
		long policy = policy();
		long a = enterprise();
		long b = enterprise();
		long c = enterprise();
		long paidA = fixtures.payableGrant(policy, a, "1234.57");
		long paidB = fixtures.payableGrant(policy, b, "0.01");
		long reversedC = fixtures.payableGrant(policy, c, "99999.99");
		long batch = batches.create(policy, ADMIN);
		importFile(batch, key(paidA) + ",SUCCESS,BK-A,2026-05-06,", key(paidB) + ",SUCCESS,BK-B,2026-05-06,",
				key(reversedC) + ",SUCCESS,BK-C,2026-05-06,");
		ledger.reverse(fixtures.entries(reversedC).get(0).id(), "错付", ADMIN);

		MvcResult result = mvc.perform(get("/api/v1/stats/policies").with(as(Viewer.enterprise("e", a))))
			.andExpect(status().isOk())
			.andReturn();
		JsonNode stats = json.readTree(result.getResponse().getContentAsString());

		BigDecimal ledgerSum = jdbc.sql("select amount from policy_payout where status = 'PAID'")
			.query(BigDecimal.class)
			.list()
			.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2);
		assertThat(stats.get("amountPaid").isString()).as("an exact string decimal").isTrue();
		assertThat(stats.get("amountPaid").asString()).isEqualTo(ledgerSum.toPlainString());
		long benefited = jdbc.sql("""
				select count(distinct g.enterprise_id) from policy_payout x join policy_grant g on g.id = x.grant_id
				where x.kind = 'PAYMENT' and x.status = 'PAID' and x.id not in
				    (select r.reverses_id from policy_payout r where r.reverses_id is not null)""")
			.query(Long.class)
			.single();
		assertThat(stats.get("enterprisesBenefited").asLong()).isEqualTo(benefited);
		assertThat(stats.get("policiesOnline").asLong()).isEqualTo(
				jdbc.sql("select count(*) from policy where status = 'PUBLISHED'").query(Long.class).single());
		assertThat(stats.has("applications")).isTrue();
		assertThat(stats.has("approvalRate")).isTrue();

		JsonNode mine = null;
		for (JsonNode row : stats.get("byPolicy")) {
			if (row.get("policyId").asLong() == policy) {
				mine = row;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("amountPaid").asString()).isEqualTo("1234.58");
		assertThat(mine.get("enterprisesBenefited").asLong()).isEqualTo(2);
		assertThat(mine.get("grants").asLong()).isEqualTo(3);
		PolicyFigures.ByDepartment byDepartment = figures.byDepartment()
			.stream()
			.filter(row -> row.departmentId() == department)
			.findFirst()
			.orElseThrow();
		assertThat(byDepartment.amountPaid()).isEqualTo(new BigDecimal("1234.58"));
		assertThat(byDepartment.policiesPaid()).isEqualTo(1);
		assertThat(byDepartment.policiesOnline()).isEqualTo(1);

		mvc.perform(get("/test/payout-panel/{id}", policy).with(as(Viewer.enterprise("e", a))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-figure=\"amountPaid\">1,234.58<")))
			.andExpect(content().string(containsString("data-figure=\"grants\">3<")))
			.andExpect(content().string(containsString("data-figure=\"budgetUsed\">0.12%<")))
			.andExpect(content().string(containsString("data-figure=\"ownGrant\">已兑现<")));
		mvc.perform(get("/test/payout-panel/{id}", policy).with(as(Viewer.enterprise("e", c))))
			.andExpect(content().string(containsString("data-figure=\"ownGrant\">已冲正<")));
		mvc.perform(get("/test/payout-panel/{id}", policy).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-figure=\"ownGrant\""))));

		mvc.perform(get("/payouts").with(as(ADMIN)).param("policy", String.valueOf(policy)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("totals",
					new LedgerTotals(4, new BigDecimal("1234.58"), new BigDecimal("0.00"), new BigDecimal("0.00"))));
	}

	@Test
	void grantsListIsScopedByRoleAndLedgerIsTheCentres() throws Exception {
		long otherDepartment = fixtures.department();
		long cadre = cadre();
		long policy = policy();
		long foreignPolicy = fixtures.policy(otherDepartment, PayoutFixtures.unique("他局政策"), new BigDecimal("100.00"));
		long own = enterprise();
		long paired = fixtures.enterprise(PayoutFixtures.unique("结对企业"), cadre);
		long ownGrant = fixtures.payableGrant(policy, own, "10.00");
		long pairedGrant = fixtures.payableGrant(policy, paired, "20.00");
		long foreignGrant = fixtures.payableGrant(foreignPolicy, own, "30.00");
		long batch = batches.create(policy, ADMIN);
		importFile(batch, key(ownGrant) + ",SUCCESS,BK-O,2026-05-06,");

		mvc.perform(get("/policy-grants").with(as(Viewer.enterprise("e", own))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-grant=\"" + ownGrant + "\"")))
			.andExpect(content().string(containsString("data-grant=\"" + foreignGrant + "\"")))
			.andExpect(content().string(not(containsString("data-grant=\"" + pairedGrant + "\""))))
			.andExpect(content().string(containsString("已兑现")));
		mvc.perform(get("/policy-grants").with(as(Viewer.department("d", department))))
			.andExpect(content().string(containsString("data-grant=\"" + ownGrant + "\"")))
			.andExpect(content().string(containsString("data-grant=\"" + pairedGrant + "\"")))
			.andExpect(content().string(not(containsString("data-grant=\"" + foreignGrant + "\""))));
		mvc.perform(get("/policy-grants").with(as(Viewer.cadre("c", cadre))))
			.andExpect(content().string(containsString("data-grant=\"" + pairedGrant + "\"")))
			.andExpect(content().string(not(containsString("data-grant=\"" + ownGrant + "\""))));
		mvc.perform(get("/policy-grants").with(as(ADMIN)).param("q", PayoutFixtures.unique("无此")))
			.andExpect(status().isOk());

		mvc.perform(get("/payouts").with(as(Viewer.enterprise("e", own)))).andExpect(status().isForbidden());
		mvc.perform(get("/payouts/batches").with(as(Viewer.department("d", department))))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminDownloadsTheBankFileAndUploadsTheResultThroughThePages() throws Exception {
		long policy = policy();
		long enterprise = enterprise();
		long grant = fixtures.payableGrant(policy, enterprise, "777.70");
		MvcResult created = mvc.perform(post("/payouts/batches").with(as(ADMIN)).with(csrf())
			.param("policy", String.valueOf(policy))).andExpect(status().is3xxRedirection()).andReturn();
		String batchPath = created.getResponse().getRedirectedUrl();
		assertThat(batchPath).matches("/payouts/batches/\\d+");
		mvc.perform(get(batchPath).with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get(batchPath).with(as(ADMIN)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));

		byte[] file = mvc.perform(get(batchPath + "/file").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(file[0]).isEqualTo((byte) 0xEF);
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).contains("1,G" + grant + "-A1,").contains(fixtures.uscc(enterprise)).contains(",777.70,");

		mvc.perform(multipart(batchPath + "/results").with(as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("error")).isNotNull());
		MockMultipartFile upload = new MockMultipartFile("file", "回盘.csv", "text/csv",
				csv("G" + grant + "-A1,SUCCESS,BK-W,2026-05-06,,777.70"));
		String reportPath = mvc.perform(multipart(batchPath + "/results").file(upload).with(as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(reportPath).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-count=\"applied\">1<")));
		assertThat(fixtures.entries(grant).get(0).status()).isEqualTo(PayoutStatus.PAID);
		mvc.perform(get("/payouts/batches").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/payouts").with(as(ADMIN)).param("q", "G" + grant + "-A1"))
			.andExpect(content().string(containsString("BK-W")));
		mvc.perform(get("/payouts/{id}/reversal", fixtures.entries(grant).get(0).id()).with(as(ADMIN)))
			.andExpect(status().isOk());
	}

	private long cadre() {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into cadre (name, department_id, phone, active, created_at, updated_at)
				values ('兑现测试干部', :department, :phone, true, current_timestamp, current_timestamp)""")
			.param("department", department)
			.param("phone", "137" + String.format("%08d", System.nanoTime() % 100_000_000L))
			.update(key, "id");
		return key.getKey().longValue();
	}

}
