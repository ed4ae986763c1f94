package org.zhuqi.browser;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.zhuqi.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application (申报) in a real browser: the demo enterprise fills in and submits its application on a
 * 375 px phone (the amount rule's figure, the bank account, which is shown masked afterwards), and the demo
 * department 区经信局, which issued the policy, finds it in its review queue and approves the amount the rule
 * computes; then it publishes the public notice (公示), where the enterprise is listed with its amount.
 */
@BrowserTest
class PolicyApplicationBrowserTests {

	/** 区经信局, the department of the demo login {@code dept}. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	private static final By STATUS = By.cssSelector(".page-head .application-status");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Directory directory;

	@Autowired
	private MessageSource messages;

	@Test
	void enterpriseAppliesOnAPhoneAndTheDepartmentApproves(Browser browser) {
		long department = directory.departmentByCode(DEMO_DEPARTMENT).orElseThrow().id();
		String title = "首次上规奖励" + UUID.randomUUID().toString().substring(0, 6);
		long policy = policy(title, department);

		browser.resize(Viewport.PHONE).signIn("ent", "zhuqi-ent");
		browser.open("/policy-applications/new?policy=" + policy);
		assertThat(browser.horizontalOverflow()).as("application form on a phone").isLessThanOrEqualTo(0);
		browser.type(By.id("figure-RD_SPEND"), "1200000");
		browser.type(By.id("statement"), "2025 年研发投入 120 万元，详见审计报告。");
		browser.type(By.id("bankName"), "杭州银行西湖支行");
		browser.type(By.id("accountHolder"), "西湖示范企业");
		browser.type(By.id("bankAccount"), "123");
		browser.clickAndAwaitPage(By.cssSelector("form.application button.primary[name=submit]"));
		assertThat(browser.fieldError("bankAccount")).isEqualTo(zh("policy.application.bankAccount.invalid"));
		browser.type(By.id("bankAccount"), "6222 0212 3456 7890 123");
		browser.clickAndAwaitPage(By.cssSelector("form.application button.primary[name=submit]"));
		assertThat(browser.path()).matches("/policy-applications/\\d+");
		String application = browser.path();
		assertThat(browser.text(STATUS)).isEqualTo(zh("policy.application.status.SUBMITTED"));
		assertThat(browser.text(By.cssSelector(".bank-account"))).isEqualTo("6222 **** **** 0123");
		assertThat(browser.horizontalOverflow()).as("application page on a phone").isLessThanOrEqualTo(0);
		browser.signOut();

		browser.resize(Viewport.DESKTOP).signIn("dept", "zhuqi-dept");
		browser.open("/policy-reviews?policy=" + policy);
		browser.clickAndAwaitPage(By.cssSelector("#results a[href$='" + application + "']"));
		assertThat(browser.text(By.cssSelector(".bank-account"))).isEqualTo("6222 0212 3456 7890 123");
		assertThat(browser.find(By.id("amount")).getAttribute("value")).isEqualTo("240000.00");
		browser.clickAndAwaitPage(By.cssSelector("form.approve button.primary"));
		assertThat(browser.text(STATUS)).isEqualTo(zh("policy.application.status.APPROVED"));
		assertThat(browser.texts(By.cssSelector("ol.timeline .action"))).containsExactly(
				zh("policy.application.step.CREATED"), zh("policy.application.step.SUBMITTED"),
				zh("policy.application.step.APPROVED"));

		browser.open("/policy-reviews?policy=" + policy);
		browser.clickAndAwaitPage(By.cssSelector(".publish-notice button.primary"));
		assertThat(browser.path()).matches("/policy-notices/\\d+");
		assertThat(browser.texts(By.cssSelector(".notice-entries tbody td:first-child"))).hasSize(1);
		assertThat(browser.text(By.cssSelector(".notice-entries tbody"))).contains("240,000.00");
	}

	/** A published policy of the department: 20 % of the R&D spend, at most 500,000 yuan. */
	private long policy(String title, long department) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, percent, percent_of, amount_cap, no_application, status,
				    published_at, created_by, created_at, updated_at)
				values (:title, '西经信〔2026〕3号', :department, '研发投入补助', '全文', :from, :until, 'SUBSIDY',
				    5000000, 'PERCENT', 20, 'RD_SPEND', 500000, false, 'PUBLISHED', :now, 'admin', :now, :now)""")
			.param("title", title)
			.param("department", department)
			.param("from", LocalDate.now().minusDays(10))
			.param("until", LocalDate.now().plusDays(90))
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
