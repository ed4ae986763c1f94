package org.zhuqi.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.Grants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying a grant in a real browser: the administrator makes a payout batch for one policy, downloads the bank
 * file, uploads the bank's result file and reads the import report; the enterprise then sees its grant as
 * 已兑现 on its grants page. The grant is made payable directly (the public notice has its own tests).
 */
@BrowserTest
class PayoutBrowserTests {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Grants grants;

	@TempDir
	private Path folder;

	@Test
	void adminPaysABatchThroughTheBankFilesAndTheEnterpriseSeesItPaid(Browser browser) throws IOException {
		String token = UUID.randomUUID().toString().substring(0, 8);
		long enterprise = jdbc.sql("select enterprise_id from user_account where username = 'ent'")
			.query(Long.class)
			.single();
		long policy = policy("兑现浏览器测试" + token);
		long grant = grants.approve(policy, enterprise, null, GrantSource.NO_APPLICATION, new BigDecimal("2468.02"), "test");
		jdbc.sql("update policy_grant set status = 'PAYABLE', payable_on = :day where id = :id")
			.param("day", LocalDate.of(2026, 1, 5))
			.param("id", grant)
			.update();

		browser.signInAsAdmin().open("/payouts/batches");
		browser.select(By.id("batch-policy"), String.valueOf(policy));
		browser.clickAndAwaitPage(By.id("create-batch"));
		assertThat(browser.path()).matches("/payouts/batches/\\d+");

		Browser.Download file = browser.download(browser.find(By.id("download")).getDomProperty("href"));
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("text/csv");
		String text = new String(file.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains("G" + grant + "-A1").contains("2468.02");

		Path result = folder.resolve("result-" + token + ".csv");
		Files.writeString(result, "idempotency_key,status,bank_reference,paid_on,failure_reason,amount\r\n"
				+ "G" + grant + "-A1,SUCCESS,BK" + token + ",2026-05-06,,2468.02\r\n", StandardCharsets.UTF_8);
		browser.driver().findElement(By.id("file")).sendKeys(result.toString());
		browser.clickAndAwaitPage(By.cssSelector("#upload button[type=submit]"));
		assertThat(browser.path()).matches("/payouts/imports/\\d+");
		assertThat(browser.text(By.cssSelector("[data-count=applied]"))).isEqualTo("1");
		assertThat(browser.text(By.cssSelector("[data-count=rejected]"))).isEqualTo("0");

		browser.signOut().signIn("ent", "zhuqi-ent").open("/policy-grants");
		assertThat(browser.text(By.cssSelector("tr[data-grant='" + grant + "'] [data-stage]"))).isEqualTo("已兑现");
	}

	private long policy(String title) {
		long department = jdbc.sql("select min(id) from department").query(Long.class).single();
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, fixed_amount, status, published_at, created_by, created_at,
				    updated_at)
				values (:title, :doc, :department, '兑现测试', '兑现测试正文', :from, :until, 'SUBSIDY', 100000.00, 'FIXED',
				    1000.00, 'PUBLISHED', :now, 'test', :now, :now)""")
			.param("title", title)
			.param("doc", "西测〔2026〕" + title + "号")
			.param("department", department)
			.param("from", LocalDate.of(2026, 1, 1))
			.param("until", LocalDate.of(2030, 12, 31))
			.param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

}
