package org.zhuqi.browser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy catalogue (政策汇) in a real browser: the administrator drafts a policy paying a percentage of the
 * declared R&D spend with a cap, is told that the percentage is out of range, corrects it, sees the amount in
 * words and publishes the policy; then a visitor who is not signed in finds it on the public list by search, by
 * kind and by "open now", and opens its detail page.
 */
@BrowserTest
class PolicyCatalogueBrowserTests {

	private static final By SAVE = By.cssSelector("form.form button[type=submit].primary");

	private static final By RESULT_TITLES = By.cssSelector("#results tbody td:first-child a");

	@Autowired
	private MessageSource messages;

	@Autowired
	private Directory directory;

	@Test
	void adminPublishesAPercentagePolicyThatAVisitorFindsAndOpens(Browser browser) {
		String token = "Zp" + UUID.randomUUID().toString().substring(0, 8);
		String title = "研发费用补助" + token;
		DepartmentRef department = directory.activeDepartments().get(0);

		browser.signInAsAdmin().open("/policies").clickAndAwaitPage(By.cssSelector(".page-head a[href$='/policies/new']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("policy.new"));
		browser.type(By.id("title"), title)
			.type(By.id("documentNo"), "西科发〔2026〕" + token + "号")
			.select(By.id("departmentId"), String.valueOf(department.id()))
			.select(By.id("benefitKind"), "SUBSIDY")
			.setValue(By.id("validFrom"), LocalDate.now().minusDays(30).toString())
			.setValue(By.id("validUntil"), LocalDate.now().plusYears(1).toString())
			.type(By.id("budget"), "5000000")
			.select(By.id("amountKind"), "PERCENT")
			.type(By.id("percent"), "120")
			.select(By.id("percentOf"), "RD_SPEND")
			.type(By.id("amountCap"), "500000")
			.type(By.id("summary"), "对上年度研发费用给予补助，单家最高 50 万元。")
			.type(By.id("body"), "第一条 为鼓励企业加大研发投入，制定本办法。")
			.clickAndAwaitPage(SAVE);

		assertThat(browser.path()).isEqualTo("/policies/new");
		assertThat(browser.fieldError("percent")).isEqualTo(zh("policy.form.percent.range"));
		assertThat(browser.texts(By.cssSelector(".field .error"))).as("only the percentage is wrong").hasSize(1);
		assertThat(browser.find(By.id("title")).getDomProperty("value")).as("what was typed is kept").isEqualTo(title);

		browser.type(By.id("percent"), "20").clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/policies/\\d+");
		String page = browser.path();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("form.saved"));
		assertThat(browser.text(By.cssSelector("dd.amount-rule"))).isEqualTo("研发费用的 20%，最高 50 万元");
		assertThat(browser.text(By.cssSelector(".policy-badges"))).contains(zh("policy.status.DRAFT"));

		browser.clickAndAwaitPage(By.id("publish"));
		assertThat(browser.path()).isEqualTo(page);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("policy.publishDone"));
		assertThat(browser.text(By.cssSelector(".policy-badges"))).contains(zh("policy.open"));
		assertThat(browser.has(By.id("publish"))).isFalse();
		browser.signOut();

		browser.open("/policies");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("policy.list.heading"));
		browser.search(By.id("q"), token);
		assertThat(browser.texts(RESULT_TITLES)).containsExactly(title);
		browser.awaitSwapAfter(() -> browser.select(By.id("kind"), "INTEREST"));
		assertThat(browser.texts(RESULT_TITLES)).isEmpty();
		assertThat(browser.text(By.cssSelector("#results .empty"))).isEqualTo(zh("policy.list.empty"));
		browser.awaitSwapAfter(() -> browser.select(By.id("kind"), "SUBSIDY"));
		browser.awaitSwapAfter(() -> browser.select(By.id("department"), String.valueOf(department.id())));
		browser.awaitSwapAfter(() -> browser.find(By.id("open")).click());
		assertThat(browser.path()).contains("kind=SUBSIDY", "open=true", "department=" + department.id());
		assertThat(browser.texts(RESULT_TITLES)).containsExactly(title);

		browser.clickAndAwaitPage(By.linkText(title));
		assertThat(browser.path()).isEqualTo(page);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		assertThat(browser.text(By.cssSelector("dd.amount-rule"))).isEqualTo("研发费用的 20%，最高 50 万元");
		assertThat(browser.text(By.cssSelector(".policy-body"))).contains("第一条 为鼓励企业加大研发投入");
		assertThat(browser.has(By.id("publish"))).isFalse();
		assertThat(browser.has(By.cssSelector("details.user-menu"))).as("nobody is signed in").isFalse();
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
