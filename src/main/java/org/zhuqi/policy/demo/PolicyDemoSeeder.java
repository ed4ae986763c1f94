package org.zhuqi.policy.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseProfileRef;
import org.zhuqi.policy.PolicyFigures;
import org.zhuqi.policy.application.ApplicationForm;
import org.zhuqi.policy.application.ApplicationService;
import org.zhuqi.policy.application.DecisionForm;
import org.zhuqi.policy.application.PublicNotices;
import org.zhuqi.policy.catalogue.AmountRule;
import org.zhuqi.policy.catalogue.Policy;
import org.zhuqi.policy.catalogue.PolicyCatalogue;
import org.zhuqi.policy.catalogue.PolicyForm;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.policy.payout.PayoutBatches;
import org.zhuqi.policy.payout.ResultImports;
import org.zhuqi.policy.rule.DeclaredFigures;
import org.zhuqi.policy.rule.Eligibility;
import org.zhuqi.policy.rule.EnterpriseProfile;
import org.zhuqi.policy.rule.NoApplication;
import org.zhuqi.policy.rule.PolicyRules;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.ClockReplay;
import org.zhuqi.system.DemoMode;

/**
 * Fills an empty policy module with the demo district's 2026 (the article: 14 policies online, 13 paid), played
 * through the module's own operations on a replayed clock: the enterprises declare their figures in February;
 * the centre publishes the fourteen policies with their rules from March; matching enterprises apply and the
 * issuing departments review (most approved, some rejected or returned, some still waiting); the three 免申即享
 * lists are confirmed with an exclusion each; every policy's approved list goes on public notice (公示) and
 * becomes payable after it; the centre pays through bank batch files, a few transfers fail and are retried. The
 * technical-renovation subsidy, published in September, has its approved list still waiting for public notice
 * (and a few applications still in review), so 13 policies are paid.
 * <p>
 * Runs only when the policy table is empty, by default on a thread of its own after the directory's demo data.
 * Each step commits on its own (as the real operations do), so a crash in the middle leaves the demo where it
 * stopped; emptying the policy tables replays it at the next start.
 */
@Component
@Order(50)
class PolicyDemoSeeder implements ApplicationRunner {

	static final long SEED = 20260301L;

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(PolicyDemoSeeder.class);

	private static final Viewer CENTRE = Viewer.admin("admin");

	/** The department of the demo department login {@code dept}: its reviews are signed as that login. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	private static final List<String> BANKS = List.of("杭州银行西湖支行", "中国工商银行杭州西湖支行",
			"中国农业银行杭州西湖支行", "浙商银行杭州分行", "中国建设银行杭州文三支行");

	private static final List<String> REJECTIONS = List.of("申报的研发费用与审计报告不一致。", "企业存在未整改的安全生产问题，本年度不予支持。",
			"同一项目已享受市级同类政策，不得重复享受。");

	private static final List<String> RETURNS = List.of("请补充上年度财务审计报告。", "银行开户证明模糊，请重新上传。");

	private final DemoMode demo;

	private final Directory directory;

	private final DeclaredFigures figures;

	private final PolicyCatalogue catalogue;

	private final PolicyRules rules;

	private final PolicyLookup lookup;

	private final Eligibility eligibility;

	private final NoApplication noApplication;

	private final ApplicationService applications;

	private final PublicNotices notices;

	private final PayoutBatches batches;

	private final ResultImports imports;

	private final ClockReplay replay;

	private final JdbcClient jdbc;

	private final PolicyFigures paidFigures;

	private final boolean enabled;

	private final boolean background;

	PolicyDemoSeeder(DemoMode demo, Directory directory, DeclaredFigures figures, PolicyCatalogue catalogue,
			PolicyRules rules, PolicyLookup lookup, Eligibility eligibility, NoApplication noApplication,
			ApplicationService applications, PublicNotices notices, PayoutBatches batches, ResultImports imports,
			ClockReplay replay, JdbcClient jdbc, PolicyFigures paidFigures, @Value("${zhuqi.demo.policies:true}") boolean enabled,
			@Value("${zhuqi.demo.policies-in-background:true}") boolean background) {
		this.demo = demo;
		this.directory = directory;
		this.figures = figures;
		this.catalogue = catalogue;
		this.rules = rules;
		this.lookup = lookup;
		this.eligibility = eligibility;
		this.noApplication = noApplication;
		this.applications = applications;
		this.notices = notices;
		this.batches = batches;
		this.imports = imports;
		this.replay = replay;
		this.jdbc = jdbc;
		this.paidFigures = paidFigures;
		this.enabled = enabled;
		this.background = background;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			demo.launch("demo-policies", background, this::seed);
		}
	}

	private void seed() {
		long started = System.nanoTime();
		try {
			if (jdbc.sql("select count(*) from policy").query(Long.class).single() > 0) {
				return;
			}
			List<EnterpriseProfileRef> enterprises = enterprises();
			if (enterprises.isEmpty()) {
				log.warn("Demo policies not loaded: the demo directory has no enterprises");
				return;
			}
			declareFigures(enterprises);
			Random random = new Random(SEED);
			Tally tally = new Tally();
			for (int i = 0; i < DemoPolicies.ALL.size(); i++) {
				play(DemoPolicies.ALL.get(i), i, random, tally);
			}
			log.info("Demo policies loaded in {} ms: {} policies, {} applications, {} grants, {} paid transfers, "
					+ "{} yuan paid", (System.nanoTime() - started) / 1_000_000, DemoPolicies.ALL.size(),
					tally.applications, tally.grants, tally.transfers, paidFigures.summary().amountPaid().toPlainString());
		}
		catch (DataAccessException | RefusedActionException | RejectedFieldException ex) {
			log.error("Demo policies not (fully) loaded; an empty policy table is filled at the next start", ex);
		}
		finally {
			replay.end();
		}
	}

	/** What the demo came to, for the log line. */
	private static final class Tally {

		int applications;

		int grants;

		int transfers;

	}

	private List<EnterpriseProfileRef> enterprises() {
		List<EnterpriseProfileRef> all = new ArrayList<>();
		long after = 0;
		List<EnterpriseProfileRef> page;
		do {
			page = directory.enterpriseProfiles(after, 1000);
			all.addAll(page);
			if (!page.isEmpty()) {
				after = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == 1000);
		return all;
	}

	/** February: every enterprise declares its figures of last year. */
	private void declareFigures(List<EnterpriseProfileRef> enterprises) {
		at(LocalDate.of(2026, 2, 24), 10);
		for (EnterpriseProfileRef enterprise : enterprises) {
			figures.declareAll(enterprise.id(), DemoFigures.of(enterprise.id(), enterprise.sizeClass(), enterprise.tags(),
					SEED), user(enterprise.id()));
		}
	}

	private void play(DemoPolicy demoPolicy, int index, Random random, Tally tally) {
		DepartmentRef department = directory.departmentByCode(demoPolicy.departmentCode())
			.orElseThrow(() -> new IllegalStateException("demo department missing: " + demoPolicy.departmentCode()));
		LocalDate published = LocalDate.of(2026, demoPolicy.publishedMonth(), 3 + index % 5);
		at(published, 9);
		Policy policy = catalogue.create(form(demoPolicy, department.id(), published), CENTRE);
		rules.save(policy.getId(), demoPolicy.rule(), policy.getVersion(), CENTRE);
		catalogue.publish(policy.getId(), null, CENTRE);
		PolicyRef ref = lookup.find(policy.getId()).orElseThrow();
		Viewer reviewer = reviewer(department);
		LocalDate decided;
		if (demoPolicy.noApplication()) {
			decided = published.plusDays(12);
			at(decided, 15);
			List<EnterpriseProfile> matched = eligibility.matching(ref);
			if (!matched.isEmpty()) {
				noApplication.exclude(ref.id(), matched.get(random.nextInt(matched.size())).id(),
						"企业存在严重失信记录，暂缓兑现。", CENTRE);
			}
			tally.grants += noApplication.confirm(ref.id(), CENTRE).granted();
		}
		else {
			decided = apply(ref, demoPolicy, published, reviewer, random, tally);
		}
		LocalDate noticed = decided.plusDays(3);
		at(noticed, 10);
		if (!demoPolicy.paid() || notices.awaitingNotice(ref.id()) == 0) {
			return;
		}
		notices.publish(ref.id(), 5, CENTRE);
		LocalDate settled = noticed.plusDays(14);
		at(settled, 8);
		notices.settleDue(settled);
		tally.transfers += pay(ref, settled.plusDays(3), random);
	}

	/** Matching enterprises apply over two weeks; the department decides within a month. */
	private LocalDate apply(PolicyRef policy, DemoPolicy demoPolicy, LocalDate published, Viewer reviewer,
			Random random, Tally tally) {
		LocalDate last = published;
		List<Long> submitted = new ArrayList<>();
		for (EnterpriseProfile enterprise : eligibility.matching(policy)) {
			if (random.nextDouble() >= demoPolicy.takeUp()) {
				continue;
			}
			LocalDate day = published.plusDays(2 + random.nextInt(14));
			at(day, 9 + random.nextInt(8));
			submitted.add(applications.create(application(policy, enterprise, random), enterpriseViewer(enterprise)));
			tally.applications++;
		}
		for (long id : submitted) {
			LocalDate day = published.plusDays(18 + random.nextInt(12));
			last = day.isAfter(last) ? day : last;
			at(day, 10 + random.nextInt(7));
			double roll = random.nextDouble();
			if (roll < 0.85) {
				applications.approve(id, decision(null), reviewer);
				tally.grants++;
			}
			else if (roll < 0.92) {
				applications.reject(id, decision(REJECTIONS.get(random.nextInt(REJECTIONS.size()))), reviewer);
			}
			else if (roll < 0.95) {
				applications.returnForMore(id, decision(RETURNS.get(random.nextInt(RETURNS.size()))), reviewer);
			}
			// the rest wait in the department's queue
		}
		return last.plusDays(1);
	}

	/** One payout batch of the policy, its bank result (about 2 % failed), the failed ones retried and paid. */
	private int pay(PolicyRef policy, LocalDate day, Random random) {
		at(day, 9);
		long batch = batches.create(policy.id(), CENTRE);
		int paid = importResults(batch, day.plusDays(2), random, 0.02);
		LocalDate retried = day.plusDays(6);
		at(retried, 9);
		if (paid < keys(batch).size()) {
			long retry = batches.retryFailed(policy.id(), CENTRE);
			paid += importResults(retry, retried.plusDays(1), random, 0);
		}
		return paid;
	}

	private int importResults(long batch, LocalDate day, Random random, double failures) {
		at(day, 16);
		StringBuilder file = new StringBuilder();
		int paid = 0;
		for (String key : keys(batch)) {
			if (random.nextDouble() < failures) {
				file.append(key).append(",FAIL,,,户名与账号不符\r\n");
			}
			else {
				file.append(key).append(",SUCCESS,HZB").append(day.toString().replace("-", "")).append(key.hashCode() & 0xfffff)
					.append(',').append(day).append(",\r\n");
				paid++;
			}
		}
		imports.importResults(batch, "回盘-" + batch + ".csv", file.toString().getBytes(StandardCharsets.UTF_8), CENTRE);
		return paid;
	}

	private List<String> keys(long batch) {
		return jdbc.sql("select idempotency_key from policy_payout where batch_id = :batch order by id")
			.param("batch", batch)
			.query(String.class)
			.list();
	}

	private ApplicationForm application(PolicyRef policy, EnterpriseProfile enterprise, Random random) {
		ApplicationForm form = new ApplicationForm();
		form.setPolicyId(policy.id());
		Map<String, BigDecimal> declared = new HashMap<>();
		AmountRule amount = policy.amountRule();
		if (amount.needsFigure()) {
			declared.put(amount.percentOf().name(), enterprise.figures().get(amount.percentOf()));
		}
		form.setFigures(declared);
		form.setStatement("本企业符合《" + policy.title() + "》申报条件，所填数据真实有效。");
		form.setBankName(BANKS.get(random.nextInt(BANKS.size())));
		form.setAccountHolder(enterprise.name().length() > 100 ? enterprise.name().substring(0, 100) : enterprise.name());
		StringBuilder account = new StringBuilder("6222");
		for (int i = 0; i < 15; i++) {
			account.append(random.nextInt(10));
		}
		form.setBankAccount(account.toString());
		form.setSubmit(true);
		return form;
	}

	private static PolicyForm form(DemoPolicy demoPolicy, long departmentId, LocalDate published) {
		PolicyForm form = new PolicyForm();
		form.setTitle(demoPolicy.title());
		form.setDocumentNo(demoPolicy.documentNo());
		form.setDepartmentId(departmentId);
		form.setSummary(demoPolicy.summary());
		form.setBody(demoPolicy.summary() + "\n\n一、支持对象：在西湖区依法登记注册、具有独立法人资格的企业，符合本政策所列条件。\n"
				+ "二、支持标准：按本政策规定的标准核定，同一事项不重复享受区级同类政策。\n"
				+ "三、兑现程序：企业申报（免申即享政策无需申报），主管部门审核，公示 5 个工作日无异议后拨付。\n"
				+ "四、本政策自发布之日起施行，有效期至 2026 年 12 月 31 日。");
		form.setValidFrom(published.withDayOfMonth(1));
		form.setValidUntil(LocalDate.of(2026, 12, 31));
		form.setBenefitKind(demoPolicy.kind());
		form.setBudget(demoPolicy.budget());
		AmountRule amount = demoPolicy.amount();
		form.setAmountKind(amount.kind());
		form.setFixedAmount(amount.fixedAmount());
		form.setPercent(amount.percent());
		form.setPercentOf(amount.percentOf());
		form.setAmountCap(amount.cap());
		form.setNoApplication(demoPolicy.noApplication());
		return form;
	}

	private static DecisionForm decision(String reason) {
		DecisionForm form = new DecisionForm();
		form.setReason(reason);
		return form;
	}

	private static Viewer reviewer(DepartmentRef department) {
		String login = DEMO_DEPARTMENT.equals(department.code()) ? "dept" : "reviewer-" + department.code().toLowerCase();
		return Viewer.department(login, department.id());
	}

	private static Viewer enterpriseViewer(EnterpriseProfile enterprise) {
		return Viewer.enterprise(user(enterprise.id()), enterprise.id());
	}

	private static String user(long enterpriseId) {
		return "enterprise-" + enterpriseId;
	}

	private void at(LocalDate day, int hour) {
		replay.set(day.atTime(LocalTime.of(hour, 0)).atZone(DISTRICT).toInstant());
	}

}
