package org.zhuqi.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.calendar.WorkingCalendar;
import org.zhuqi.directory.Directory;
import org.zhuqi.policy.application.PublicNotices;
import org.zhuqi.system.ClockReplay;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scene of issue 5 in a real browser, through the pages as their users click them: the
 * administrator drafts a policy of 区经信局 paying 1.5 % of the declared revenue, gives it an eligibility rule in
 * the rule editor (the demo enterprise's street and one of its tags, so the live preview counts a handful) and
 * publishes it; the demo enterprise finds it as matching in 政策体检 with the reasons, applies with its revenue
 * and bank account; the department 区经信局 approves the amount the rule computes; the administrator publishes the
 * public notice (公示); the notice period passes (the application's clock travels to the first payable day with
 * {@link ClockReplay#travel} and the settlement {@link PublicNotices#settleDue(LocalDate)} runs); the
 * administrator makes a payout batch, downloads the bank file and uploads
 * the bank's result file built from it; the enterprise sees its grant as 已兑现 and the figures of
 * {@code /api/v1/stats/policies} have moved by exactly the grant.
 */
@BrowserTest
class PolicyAcceptanceBrowserTests {

	/** 区经信局, the department of the demo login {@code dept}. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	private static final By STATUS = By.cssSelector(".page-head .application-status");

	/** 1.5 % of 1,234,567.89 is 18,518.518…, half-up to the fen. */
	private static final BigDecimal AMOUNT = new BigDecimal("18518.52");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Autowired
	private PublicNotices notices;

	@Autowired
	private MessageSource messages;

	@Autowired
	private Clock clock;

	@Autowired
	private ClockReplay replay;

	@Autowired
	private WorkingCalendar calendar;

	@LocalServerPort
	private int port;

	@TempDir
	private Path folder;

	@Test
	void publishedPolicyIsFoundAppliedForApprovedNoticedPaidAndCounted(Browser browser) throws IOException {
		String token = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + System.currentTimeMillis() % 1_000_000;
		String title = "规上企业营收奖励" + token;
		String documentNo = "西经信〔2026〕" + token + "号";
		long department = directory.departmentByCode(DEMO_DEPARTMENT).orElseThrow().id();
		long enterprise = jdbc.sql("select enterprise_id from user_account where username = 'ent'")
			.query(Long.class)
			.single();
		String enterpriseName = jdbc.sql("select name from enterprise where id = :id")
			.param("id", enterprise)
			.query(String.class)
			.single();
		String street = jdbc.sql("select street_code from enterprise where id = :id")
			.param("id", enterprise)
			.query(String.class)
			.single();
		String tag = rarestTagOf(enterprise, token);
		long expectedMatches = jdbc.sql("""
				select count(*) from enterprise e
				where e.street_code = :street and exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag = :tag)""")
			.param("street", street)
			.param("tag", tag)
			.query(Long.class)
			.single();
		boolean benefitedBefore = jdbc.sql("""
				select count(*) from policy_payout p join policy_grant g on g.id = p.grant_id
				where g.enterprise_id = :id and p.kind = 'PAYMENT' and p.status = 'PAID'
				  and not exists (select 1 from policy_payout r where r.reverses_id = p.id)""")
			.param("id", enterprise)
			.query(Long.class)
			.single() > 0;

		// the administrator drafts the policy, gives it a rule and publishes it
		browser.signInAsAdmin().open("/policies");
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/policies/new']"));
		browser.type(By.id("title"), title)
			.type(By.id("documentNo"), documentNo)
			.select(By.id("departmentId"), String.valueOf(department))
			.select(By.id("benefitKind"), "REWARD")
			.setValue(By.id("validFrom"), LocalDate.now(clock).minusDays(1).toString())
			.setValue(By.id("validUntil"), LocalDate.now(clock).plusYears(1).toString())
			.type(By.id("budget"), "1000000")
			.select(By.id("amountKind"), "PERCENT")
			.type(By.id("percent"), "1.5")
			.select(By.id("percentOf"), "REVENUE")
			.type(By.id("amountCap"), "300000")
			.type(By.id("summary"), "对上年度营业收入给予 1.5% 的奖励，单家最高 30 万元。")
			.type(By.id("body"), "第一条 为鼓励企业做大做强，制定本办法。")
			.clickAndAwaitPage(By.cssSelector("form.form button[type=submit].primary"));
		assertThat(browser.path()).matches("/policies/\\d+");
		String policyPage = browser.path();
		long policy = Long.parseLong(policyPage.substring("/policies/".length()));
		assertThat(browser.text(By.cssSelector("dd.amount-rule"))).contains(zh("policy.amount.figure.REVENUE"), "1.5%");

		browser.clickAndAwaitPage(By.cssSelector("#rule-panel a[href$='/policies/" + policy + "/rule']"));
		browser.awaitSwapAfter(() -> browser.find(By.id("rule-add")).click());
		chooseAttribute(browser, "lines0.attribute", "STREET");
		browser.awaitSwapAfter(() -> browser.select(By.id("lines0.chosen"), street));
		browser.awaitSwapAfter(() -> browser.find(By.id("rule-add")).click());
		chooseAttribute(browser, "lines1.attribute", "TAGS");
		browser.awaitSwapAfter(() -> browser.select(By.id("lines1.chosen"), tag));
		assertThat(expectedMatches).as("the rule is specific").isBetween(1L, 30L);
		assertThat(browser.text(By.id("rule-preview"))).isEqualTo(zh("policy.rule.preview", expectedMatches));
		browser.clickAndAwaitPage(By.id("rule-save"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("policy.rule.saved"));

		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='" + policyPage + "']"));
		browser.clickAndAwaitPage(By.id("publish"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("policy.publishDone"));
		assertThat(browser.text(By.cssSelector(".policy-badges"))).contains(zh("policy.open"));
		Map<String, Object> before = figures();
		assertThat(byPolicy(before, policy)).hasValueSatisfying(
				p -> assertThat(new BigDecimal((String) p.get("amountPaid"))).isEqualByComparingTo("0"));
		browser.signOut();

		// the enterprise finds it in 政策体检, with the reasons, and applies
		browser.signIn("ent", "zhuqi-ent").open("/policies");
		assertThat(tabs(browser)).containsExactly("catalogue", "checkup", "applications", "notices", "grants");
		browser.clickAndAwaitPage(By.cssSelector("nav.policy-tabs a[data-tab='checkup']"));
		assertThat(browser.path()).isEqualTo("/policies/checkup");
		By item = By.cssSelector("article.checkup-item[data-policy='" + policy + "']");
		assertThat(browser.text(item)).contains(title).contains(zh("policy.rule.checkup.matched"));
		List<String> reasons = browser.texts(By.cssSelector("article.checkup-item[data-policy='" + policy + "'] .reason"));
		assertThat(reasons).hasSize(2)
			.allSatisfy(reason -> assertThat(reason).startsWith(zh("policy.rule.reason.actual", "").strip()))
			.anySatisfy(reason -> assertThat(reason).contains(tag));
		browser.clickAndAwaitPage(By.cssSelector("article.checkup-item[data-policy='" + policy + "'] h2 a"));
		assertThat(browser.path()).isEqualTo(policyPage);
		browser.clickAndAwaitPage(By.cssSelector(".application-panel a.apply"));
		browser.type(By.id("figure-REVENUE"), "1234567.89")
			.type(By.id("statement"), "2025 年营业收入 1,234,567.89 元，详见年报。")
			.type(By.id("bankName"), "杭州银行西湖支行")
			.type(By.id("accountHolder"), enterpriseName)
			.type(By.id("bankAccount"), "6222 0212 3456 7890 456");
		browser.clickAndAwaitPage(By.cssSelector("form.application button.primary[name=submit]"));
		assertThat(browser.path()).matches("/policy-applications/\\d+");
		String application = browser.path();
		assertThat(browser.text(STATUS)).isEqualTo(zh("policy.application.status.SUBMITTED"));
		assertThat(browser.text(By.cssSelector(".bank-account"))).isEqualTo("6222 **** **** 0456");
		browser.signOut();

		// the issuing department approves the amount the rule computes
		browser.signIn("dept", "zhuqi-dept").open("/policies");
		assertThat(tabs(browser)).containsExactly("catalogue", "reviews", "notices", "grants");
		browser.clickAndAwaitPage(By.cssSelector("nav.policy-tabs a[data-tab='reviews']"));
		browser.search(By.id("q"), token);
		browser.clickAndAwaitPage(By.cssSelector("#results a[href$='" + application + "']"));
		assertThat(browser.find(By.id("amount")).getDomProperty("value")).isEqualTo(AMOUNT.toPlainString());
		browser.clickAndAwaitPage(By.cssSelector("form.approve button.primary"));
		assertThat(browser.text(STATUS)).isEqualTo(zh("policy.application.status.APPROVED"));
		browser.signOut();

		// the administrator publishes the public notice; the period passes
		browser.signInAsAdmin().open(policyPage);
		browser.clickAndAwaitPage(By.cssSelector(".application-panel .publish-notice button.primary"));
		assertThat(browser.path()).matches("/policy-notices/\\d+");
		long notice = Long.parseLong(browser.path().substring("/policy-notices/".length()));
		assertThat(browser.text(By.cssSelector(".notice-entries tbody"))).contains(enterpriseName).contains("18,518.52");
		LocalDate endsOn = jdbc.sql("select ends_on from policy_notice where id = :id")
			.param("id", notice)
			.query(LocalDate.class)
			.single();
		LocalDate firstPayableDay = endsOn.plusDays(1);
		long grant = jdbc.sql("select id from policy_grant where policy_id = :policy and enterprise_id = :enterprise")
			.param("policy", policy)
			.param("enterprise", enterprise)
			.query(Long.class)
			.single();
		notices.settleDue(calendar.today());
		assertThat(grantStatus(grant)).as("still on notice").isEqualTo("IN_NOTICE");
		// the notice period passes: the whole application's clock moves to the first payable day, where the
		// hourly settlement makes the grant payable (the clock goes back after the test)
		replay.travel(Duration.between(clock.instant(),
				firstPayableDay.atTime(9, 0).atZone(calendar.zone()).toInstant()));
		assertThat(calendar.today()).isEqualTo(firstPayableDay);
		assertThat(notices.settleDue(calendar.today())).isGreaterThanOrEqualTo(1);
		assertThat(grantStatus(grant)).isEqualTo("PAYABLE");

		// a payout batch, the bank file, the bank's result file
		browser.open("/policies").clickAndAwaitPage(By.cssSelector("nav.policy-tabs a[data-tab='payouts']"));
		assertThat(browser.path()).isEqualTo("/payouts");
		assertThat(tabs(browser)).containsExactly("catalogue", "reviews", "notices", "grants", "payouts");
		assertThat(browser.find(By.cssSelector("nav.policy-tabs a[aria-current=page]")).getDomAttribute("data-tab"))
			.isEqualTo("payouts");
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/payouts/batches']"));
		browser.select(By.id("batch-policy"), String.valueOf(policy));
		browser.clickAndAwaitPage(By.id("create-batch"));
		assertThat(browser.path()).matches("/payouts/batches/\\d+");
		Browser.Download file = browser.download(browser.find(By.id("download")).getDomProperty("href"));
		assertThat(file.status()).isEqualTo(200);
		List<String> lines = new String(file.body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		List<String> line = List.of(lines.get(1).split(",", -1));
		String key = line.get(1);
		assertThat(key).isEqualTo("G" + grant + "-A1");
		assertThat(line).contains(AMOUNT.toPlainString(), documentNo);
		assertThat(line.get(4).replace(" ", "")).as("the account of the application").isEqualTo("6222021234567890456");
		Path result = folder.resolve("result-" + token + ".csv");
		Files.writeString(result, "idempotency_key,status,bank_reference,paid_on,failure_reason,amount\r\n" + key
				+ ",SUCCESS,BK" + token + "," + firstPayableDay + ",," + AMOUNT.toPlainString() + "\r\n",
				StandardCharsets.UTF_8);
		Map<String, Object> beforePaid = figures();
		browser.driver().findElement(By.id("file")).sendKeys(result.toString());
		browser.clickAndAwaitPage(By.cssSelector("#upload button[type=submit]"));
		assertThat(browser.path()).matches("/payouts/imports/\\d+");
		assertThat(browser.text(By.cssSelector("[data-count=applied]"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector("[data-count=rejected]"))).isEqualTo("0");
		Map<String, Object> after = figures();
		browser.signOut();

		// the enterprise sees it paid
		browser.resize(Viewport.PHONE).signIn("ent", "zhuqi-ent").open("/policies");
		browser.clickAndAwaitPage(By.cssSelector("nav.policy-tabs a[data-tab='grants']"));
		assertThat(browser.path()).isEqualTo("/policy-grants");
		assertThat(browser.text(By.cssSelector("tr[data-grant='" + grant + "'] [data-stage]"))).isEqualTo("已兑现");
		assertThat(browser.horizontalOverflow()).as("grants with the tab bar on a phone").isLessThanOrEqualTo(0);

		// and the figures moved by exactly this grant
		assertThat(amountPaid(after).subtract(amountPaid(beforePaid))).isEqualByComparingTo(AMOUNT);
		assertThat(number(after, "policiesPaid") - number(beforePaid, "policiesPaid")).isEqualTo(1);
		assertThat(number(after, "enterprisesBenefited") - number(beforePaid, "enterprisesBenefited"))
			.isEqualTo(benefitedBefore ? 0 : 1);
		Map<String, Object> mine = byPolicy(after, policy).orElseThrow();
		assertThat(new BigDecimal((String) mine.get("amountPaid"))).isEqualByComparingTo(AMOUNT);
		assertThat(((Number) mine.get("enterprisesBenefited")).longValue()).isEqualTo(1);
		assertThat(((Number) mine.get("grants")).longValue()).isEqualTo(1);
	}

	/** The tabs of the policy pages' tab bar, in order. */
	private static List<String> tabs(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("nav.policy-tabs a"))
			.stream()
			.map(tab -> tab.getDomAttribute("data-tab"))
			.toList();
	}

	/** Chooses a condition's attribute in the rule editor; a new line may have it chosen already (no change, no swap). */
	private static void chooseAttribute(Browser browser, String field, String attribute) {
		if (!attribute.equals(browser.find(By.id(field)).getDomProperty("value"))) {
			browser.awaitSwapAfter(() -> browser.select(By.id(field), attribute));
		}
	}

	/**
	 * The demo enterprise's tag that the fewest enterprises carry; an enterprise without tags is given one of this
	 * run's own.
	 */
	private String rarestTagOf(long enterprise, String token) {
		Optional<String> tag = jdbc.sql("""
				select t.tag from enterprise_tag t where t.enterprise_id = :id
				order by (select count(*) from enterprise_tag o where o.tag = t.tag), t.tag""")
			.param("id", enterprise)
			.query(String.class)
			.stream()
			.findFirst();
		if (tag.isPresent()) {
			return tag.get();
		}
		String own = "验收" + token;
		jdbc.sql("insert into enterprise_tag (enterprise_id, tag) values (:id, :tag)")
			.param("id", enterprise)
			.param("tag", own)
			.update();
		return own;
	}

	private Map<String, Object> figures() {
		return new AdminApi(port).policyFigures();
	}

	@SuppressWarnings("unchecked")
	private static Optional<Map<String, Object>> byPolicy(Map<String, Object> figures, long policy) {
		return ((List<Map<String, Object>>) figures.get("byPolicy")).stream()
			.filter(p -> ((Number) p.get("policyId")).longValue() == policy)
			.findFirst();
	}

	private static BigDecimal amountPaid(Map<String, Object> figures) {
		return new BigDecimal((String) figures.get("amountPaid"));
	}

	private static long number(Map<String, Object> figures, String name) {
		return ((Number) figures.get(name)).longValue();
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

	private String grantStatus(long grant) {
		return jdbc.sql("select status from policy_grant where id = :id").param("id", grant).query(String.class).single();
	}

	@AfterEach
	void clockBack() {
		replay.back();
	}

}
