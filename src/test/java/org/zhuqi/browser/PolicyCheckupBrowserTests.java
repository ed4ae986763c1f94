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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility rules in a real browser: the administrator adds a tag condition to a published policy in the rule
 * editor (htmx re-renders the editor on each change) and sees the live preview count the one enterprise with
 * that tag, saves; the demo enterprise user, whose enterprise carries the tag, finds the policy in 政策体检 as
 * matched, with the reason of the condition.
 */
@BrowserTest
class PolicyCheckupBrowserTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	@Test
	void adminEditsARuleWithPreviewAndTheEnterpriseSeesThePolicyInItsCheckup(Browser browser) {
		String tag = "体检" + UUID.randomUUID().toString().substring(0, 8);
		long enterprise = jdbc.sql("select enterprise_id from user_account where username = 'ent'")
			.query(Long.class)
			.single();
		jdbc.sql("insert into enterprise_tag (enterprise_id, tag) values (:id, :tag)")
			.param("id", enterprise)
			.param("tag", tag)
			.update();
		String title = "浏览器体检政策" + tag;
		long policy = publishedPolicy(title);

		browser.signInAsAdmin().open("/policies/" + policy + "/rule");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("policy.rule.editor.heading", title));
		browser.awaitSwapAfter(() -> browser.find(By.id("rule-add")).click());
		browser.awaitSwapAfter(() -> browser.select(By.id("lines0.attribute"), "TAGS"));
		assertThat(browser.find(By.id("lines0.operator")).getDomProperty("value")).isEqualTo("HAS_ANY");
		browser.awaitSwapAfter(() -> browser.select(By.id("lines0.chosen"), tag));
		assertThat(browser.text(By.id("rule-preview"))).isEqualTo(zh("policy.rule.preview", 1));
		browser.clickAndAwaitPage(By.id("rule-save"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("policy.rule.saved"));
		assertThat(browser.text(By.id("rule-preview"))).isEqualTo(zh("policy.rule.preview", 1));
		browser.signOut();

		browser.signIn("ent", "zhuqi-ent").open("/policies/checkup");
		By item = By.cssSelector("article.checkup-item[data-policy='" + policy + "']");
		assertThat(browser.text(item)).contains(title)
			.contains(zh("policy.rule.checkup.matched"))
			.contains(zh("policy.rule.reason.actual", "").strip());
		assertThat(browser.text(By.cssSelector("article.checkup-item[data-policy='" + policy + "'] .reason")))
			.startsWith(zh("policy.rule.reason.actual", "").strip())
			.contains(tag);
	}

	private long publishedPolicy(String title) {
		long department = jdbc.sql("select min(id) from department").query(Long.class).single();
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, fixed_amount, status, published_at, created_by, created_at, updated_at)
				values (:title, '西测〔2026〕1号', :department, '摘要', '正文', :from, :until, 'REWARD', 100000, 'FIXED', 5000,
				    'PUBLISHED', :now, 'test', :now, :now)""")
			.param("title", title)
			.param("department", department)
			.param("from", LocalDate.now().minusDays(1))
			.param("until", LocalDate.now().plusYears(1))
			.param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
