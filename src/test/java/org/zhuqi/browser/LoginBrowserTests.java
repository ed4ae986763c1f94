package org.zhuqi.browser;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and finding one's way around in a real browser: the form login, the live search on the
 * enterprise list (htmx swaps the results without reloading the page), the switch to English, signing out,
 * a wrong password, and the same list on a 375 px phone.
 */
@BrowserTest
class LoginBrowserTests {

	private static final By RESULT_NAMES = By.cssSelector("#results tbody td:first-child a");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Test
	void adminSignsInFindsAnEnterpriseByLiveSearchSwitchesToEnglishAndSignsOut(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String name = "西湖" + token + "浏览器测试科技有限公司";
		new AdminApi(port).registerEnterprise(name);

		browser.signInAsAdmin();
		assertThat(browser.path()).startsWith("/enterprises");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("enterprises.heading", Locale.SIMPLIFIED_CHINESE));

		String mark = browser.markPage();
		browser.search(By.id("q"), token.substring(0, 7));
		assertThat(browser.driver().findElements(RESULT_NAMES)).extracting(WebElement::getText).containsExactly(name);
		assertThat(browser.stillOnMarkedPage(mark)).as("the search swapped the results without reloading").isTrue();
		assertThat(browser.path()).as("the search is in the address, so it can be shared").contains("q=" + token.substring(0, 7));

		browser.find(By.cssSelector("a.lang")).click();
		browser.until(driver -> "en".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
		assertThat(browser.path()).as("switching the language keeps the search").contains("q=" + token.substring(0, 7));
		assertThat(browser.text(By.cssSelector("nav.nav"))).contains(message("nav.enterprises", Locale.ENGLISH),
				message("nav.users", Locale.ENGLISH));
		assertThat(browser.driver().findElements(RESULT_NAMES)).extracting(WebElement::getText).containsExactly(name);

		signOut(browser);
		assertThat(browser.text(By.cssSelector(".alert.info"))).isEqualTo(message("login.loggedOut", Locale.ENGLISH));
	}

	@Test
	void wrongPasswordKeepsTheLoginPageWithAnError(Browser browser) {
		browser.submitLogin("admin", "not-the-password");

		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text(By.cssSelector(".alert.error")))
			.isEqualTo(message("login.error", Locale.SIMPLIFIED_CHINESE));
		assertThat(browser.driver().findElements(By.cssSelector("nav.nav"))).isEmpty();
	}

	@Test
	void enterpriseListFitsAPhoneAndItsNavigationWorks(Browser browser) {
		long id = new AdminApi(port).registerEnterprise("西湖手机测试" + UUID.randomUUID().toString().substring(0, 8) + "有限公司");
		browser.resize(Viewport.PHONE).signInAsAdmin();

		assertThat(browser.script("return window.innerWidth;")).isEqualTo(375L);
		assertThat(browser.horizontalOverflow()).as("list page wider than the phone, in CSS pixels").isLessThanOrEqualTo(0);
		assertThat(browser.find(By.cssSelector("#results tbody tr")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElement(By.cssSelector("#results thead")).isDisplayed())
			.as("table rows are stacked as cards, without a header row")
			.isFalse();

		List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.nav a"));
		assertThat(links).hasSizeGreaterThan(1);
		for (WebElement link : links) {
			browser.script("arguments[0].scrollIntoView({inline: 'nearest', block: 'nearest'});", link);
			assertThat(browser.fitsTheScreen(link)).as("nav link %s reachable", link.getText()).isTrue();
		}

		browser.open("/enterprises/" + id);
		assertThat(browser.horizontalOverflow()).as("detail page wider than the phone").isLessThanOrEqualTo(0);
		WebElement directory = browser.find(By.cssSelector("nav.nav a[href$='/enterprises']"));
		assertThat(browser.fitsTheScreen(directory)).isTrue();
		directory.click();
		browser.until(driver -> browser.path().equals("/enterprises"));

		signOut(browser);
		assertThat(browser.horizontalOverflow()).as("login page wider than the phone").isLessThanOrEqualTo(0);
	}

	/** Opens the user menu in the top bar and presses its sign-out button, which must be fully on screen. */
	private void signOut(Browser browser) {
		browser.find(By.cssSelector("details.user-menu summary")).click();
		WebElement signOut = browser.find(By.cssSelector("details.user-menu form[action$='/logout'] button"));
		assertThat(browser.fitsTheScreen(signOut)).as("sign-out button on screen").isTrue();
		signOut.click();
		browser.until(driver -> browser.path().startsWith("/login?logout"));
		browser.awaitHtmx();
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
