package org.zhuqi.browser;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.zhuqi.notification.Audience;
import org.zhuqi.notification.Notice;
import org.zhuqi.notification.Notifications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox in a real browser: a new enterprise user finds two notices, one for its enterprise and one for
 * itself, counted in the top bar's badge; opening the enterprise's notice from the inbox leads to the
 * enterprise's page with the badge one lower, and marking all read removes the badge and leaves the unread
 * list empty.
 */
@BrowserTest
class InboxBrowserTests {

	private static final By SAVE = By.cssSelector("form.form button[type=submit].primary");

	private static final By BADGE = By.id("inbox-unread");

	private static final By UNREAD_ROWS = By.cssSelector("#results tr.unread");

	/** A key with one argument, standing in for the key of a module that sends notices: 【助企】{0}. */
	private static final String KEY = "notification.mail.subject";

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Autowired
	private Notifications notifications;

	@Test
	void aUserOpensANoticeFromTheInboxAndTheBadgeCountDrops(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String enterpriseName = "西湖" + token + "消息测试有限公司";
		long enterpriseId = new AdminApi(port).registerEnterprise(enterpriseName);
		String username = "zq-" + token.toLowerCase(Locale.ROOT);
		String password = "Xiaoxi2024" + token.substring(2, 5);
		openEnterpriseAccount(browser, username, password, enterpriseId, token);

		notifications.send(Audience.enterprise(enterpriseId),
				Notice.of(Notice.ASSIGNED, KEY, "/enterprises/" + enterpriseId, "企业消息" + token));
		notifications.send(Audience.user(username), Notice.of(Notice.INFO, KEY, "/account/password", "个人消息" + token));

		browser.signIn(username, password);
		assertThat(browser.text(BADGE)).isEqualTo("2");
		browser.clickAndAwaitPage(By.cssSelector("a.inbox-link"));
		assertThat(browser.path()).isEqualTo("/inbox");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("inbox.heading"));
		assertThat(browser.texts(By.cssSelector("#results tr.unread .notice-text")))
			.containsExactly("【助企】个人消息" + token, "【助企】企业消息" + token);

		browser.clickAndAwaitPage(By.xpath("//a[@class='notice-text'][contains(., '企业消息" + token + "')]"));
		assertThat(browser.path()).isEqualTo("/enterprises/" + enterpriseId);
		assertThat(browser.text(BADGE)).as("one notice left unread").isEqualTo("1");

		browser.clickAndAwaitPage(By.cssSelector("a.inbox-link"));
		assertThat(browser.texts(UNREAD_ROWS)).singleElement().asString().contains("个人消息" + token);
		assertThat(browser.texts(By.cssSelector("#results tr.read .notice-text")))
			.containsExactly("【助企】企业消息" + token);

		browser.clickAndAwaitPage(By.id("inbox-read-all"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("inbox.allRead"));
		assertThat(browser.has(BADGE)).as("no badge once everything is read").isFalse();
		assertThat(browser.has(UNREAD_ROWS)).isFalse();
		browser.clickAndAwaitPage(By.cssSelector("nav.actions a[href$='unread=true']"));
		assertThat(browser.text(By.cssSelector("#results .empty"))).isEqualTo(zh("inbox.empty.unread"));
	}

	/** The administrator opens an account of the enterprise with this password, then signs out. */
	private void openEnterpriseAccount(Browser browser, String username, String password, long enterpriseId,
			String token) {
		browser.signInAsAdmin().open("/admin/users/new");
		browser.type(By.id("username"), username).type(By.id("displayName"), "消息测试员");
		browser.awaitSwapAfter(() -> browser.select(By.id("role"), "ENTERPRISE"));
		browser.search(By.id("enterpriseQuery"), token);
		browser.find(By.cssSelector("#enterprise-choices input[name=enterpriseId][value='" + enterpriseId + "']"))
			.click();
		browser.type(By.id("password"), password).clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/admin/users/\\d+");
		browser.signOut();
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
