package org.zhuqi.browser;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account's life in a real browser: the administrator opens an enterprise account (the enterprise found
 * through the form's htmx search box) with a typed password; the new user signs in on its enterprise's page,
 * changes the password (a confirmation that does not match is refused first) and signs in with the new one;
 * the administrator finds the account in the user list and disables it, after which signing in is refused
 * with the disabled message. Repeated wrong passwords lock an account until the administrator resets its
 * password, and the password issued then is shown once and lets the user in.
 */
@BrowserTest
class AccountBrowserTests {

	private static final By SAVE = By.cssSelector("form.form button[type=submit].primary");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Test
	void adminOpensAnEnterpriseAccountWhoseUserChangesThePasswordAndIsRefusedOnceDisabled(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String enterpriseName = "西湖" + token + "账号测试有限公司";
		long enterpriseId = new AdminApi(port).registerEnterprise(enterpriseName);
		String username = "zq-" + token.toLowerCase(Locale.ROOT);
		String firstPassword = "Kaishi2024" + token.substring(2, 5);
		String secondPassword = "Xinmima2025" + token.substring(5, 8);

		browser.signInAsAdmin().open("/admin/users");
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/admin/users/new']"));
		browser.type(By.id("username"), username).type(By.id("displayName"), "账号测试员");
		browser.awaitSwapAfter(() -> browser.select(By.id("role"), "ENTERPRISE"));
		browser.search(By.id("enterpriseQuery"), token);
		assertThat(browser.texts(By.cssSelector("#enterprise-choices label span"))).containsExactly(enterpriseName);
		browser.find(By.cssSelector("#enterprise-choices input[name=enterpriseId][value='" + enterpriseId + "']")).click();
		browser.type(By.id("password"), firstPassword).clickAndAwaitPage(SAVE);

		assertThat(browser.path()).matches("/admin/users/\\d+");
		String account = browser.path();
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("user.created"));
		assertThat(browser.has(By.cssSelector(".alert.info"))).as("no generated password to hand over").isFalse();
		assertThat(browser.texts(By.cssSelector(".facts dd"))).contains(username, zh("role.ENTERPRISE"))
			.anySatisfy(binding -> assertThat(binding).startsWith(enterpriseName));

		browser.signOut().signIn(username, firstPassword);
		assertThat(browser.path()).isEqualTo("/enterprises/" + enterpriseId);
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(enterpriseName);

		browser.find(By.cssSelector("details.user-menu summary")).click();
		browser.clickAndAwaitPage(By.cssSelector("details.user-menu a[href$='/account/password']"));
		changePassword(browser, firstPassword, secondPassword, secondPassword + "x");
		assertThat(browser.fieldError("confirmation")).isEqualTo(zh("password.confirmationMismatch"));
		changePassword(browser, firstPassword, secondPassword, secondPassword);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("account.password.changed"));

		browser.signOut().submitLogin(username, firstPassword);
		assertThat(browser.path()).as("the old password no longer works").isEqualTo("/login?error");
		browser.signIn(username, secondPassword);
		assertThat(browser.path()).isEqualTo("/enterprises/" + enterpriseId);

		browser.signOut().signInAsAdmin().open("/admin/users");
		browser.search(By.id("q"), username);
		browser.clickAndAwaitPage(By.cssSelector("#results a[href$='" + account + "']"));
		browser.clickConfirmingAndAwaitPage(By.cssSelector("form[action$='/disable'] button"), zh("user.disable.confirm"));
		assertThat(browser.path()).isEqualTo(account);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("user.disabled"));
		assertThat(browser.text(By.cssSelector(".facts .badge.off"))).isEqualTo(zh("user.state.disabled"));

		browser.signOut().submitLogin(username, secondPassword);
		assertThat(browser.path()).isEqualTo("/login?disabled");
		assertThat(browser.text(By.cssSelector(".alert.error"))).isEqualTo(zh("login.disabled"));
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountUntilTheAdministratorResetsIt(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String username = "zq-dept-" + token.toLowerCase(Locale.ROOT);
		String password = "Bumen2024" + token.substring(2, 5);

		browser.signInAsAdmin().open("/admin/users/new");
		browser.type(By.id("username"), username).type(By.id("displayName"), "部门测试员");
		browser.awaitSwapAfter(() -> browser.select(By.id("role"), "DEPARTMENT"));
		new Select(browser.find(By.id("departmentId"))).selectByIndex(1);
		browser.type(By.id("password"), password).clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/admin/users/\\d+");
		String account = browser.path();
		browser.signOut();

		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.submitLogin(username, "Falsch" + attempt + token);
			assertThat(browser.path()).isEqualTo("/login?error");
		}
		browser.submitLogin(username, password);
		assertThat(browser.path()).as("locked even with the right password").isEqualTo("/login?locked");
		assertThat(browser.text(By.cssSelector(".alert.error"))).isEqualTo(zh("login.locked"));

		browser.signInAsAdmin().open(account);
		assertThat(browser.text(By.cssSelector(".facts .badge.off"))).isEqualTo(zh("user.state.locked"));
		browser.clickConfirmingAndAwaitPage(By.cssSelector("form[action$='/password'] button"), zh("user.reset.confirm"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("user.password.reset"));
		String issued = browser.text(By.cssSelector(".alert.info strong.code"));
		assertThat(issued).isNotBlank().isNotEqualTo(password);
		assertThat(browser.has(By.cssSelector(".facts .badge.off"))).as("no longer locked").isFalse();
		browser.open(account);
		assertThat(browser.has(By.cssSelector(".alert.info"))).as("the issued password is shown only once").isFalse();

		browser.signOut().signIn(username, issued);
		assertThat(browser.path()).startsWith("/enterprises");
		assertThat(browser.text(By.cssSelector("details.user-menu summary span"))).isEqualTo("部门测试员");
	}

	/** Fills in and submits the change-password form. */
	private static void changePassword(Browser browser, String current, String next, String confirmation) {
		browser.type(By.id("currentPassword"), current)
			.type(By.id("newPassword"), next)
			.type(By.id("confirmation"), confirmation)
			.clickAndAwaitPage(SAVE);
		assertThat(browser.path()).isEqualTo("/account/password");
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
