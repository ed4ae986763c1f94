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
 * What each demo role sees in a real browser: the cadre 尉轩文 only her five paired enterprises and no
 * administration; the enterprise user only its own enterprise; the department handler the whole directory
 * but no way to register an enterprise (the form answers with the 403 page). Records outside a role's scope
 * answer with the error page, not with their content.
 */
@BrowserTest
class RoleScopeBrowserTests {

	/** The demo cadre 尉轩文 of 灵隐街道, bound to the demo login {@code cadre}. */
	private static final String DEMO_CADRE_PHONE = "13957112020";

	private static final By NAV_LINKS = By.cssSelector("nav.nav a");

	private static final By RESULT_NAMES = By.cssSelector("#results tbody td:first-child a");

	private static final By REGISTER = By.cssSelector("a[href$='/enterprises/new']");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Test
	void cadreSeesOnlyHerFivePairedEnterprisesAndNoAdministration(Browser browser) {
		AdminApi api = new AdminApi(port);
		List<String> paired = api.enterpriseNamesPairedWith(api.cadreIdByPhone(DEMO_CADRE_PHONE));
		assertThat(paired).hasSize(5);
		long stranger = api.registerEnterprise("西湖" + token() + "他人企业有限公司");

		browser.signIn("cadre", "zhuqi-cadre");
		assertThat(browser.path()).startsWith("/enterprises");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("nav.myEnterprises"));
		assertThat(browser.texts(RESULT_NAMES)).containsExactlyInAnyOrderElementsOf(paired);
		assertThat(browser.text(By.cssSelector("#results .pager .total"))).isEqualTo(zh("paging.total", 5));
		assertThat(navigation(browser)).containsExactly("/enterprises", "/demands", "/policies", "/visits", "/stats/demands");
		assertThat(browser.has(REGISTER)).isFalse();

		browser.search(By.id("q"), "有限公司");
		assertThat(browser.texts(RESULT_NAMES)).as("a search stays within her enterprises").isSubsetOf(paired);

		assertErrorPage(browser.open("/enterprises/" + stranger), "error.404");
		assertErrorPage(browser.open("/admin/users"), "error.403");
		assertErrorPage(browser.open("/imports"), "error.403");
	}

	@Test
	void enterpriseUserLandsOnItsOwnEnterpriseAndSeesNoOther(Browser browser) {
		long stranger = new AdminApi(port).registerEnterprise("西湖" + token() + "别家企业有限公司");

		browser.signIn("ent", "zhuqi-ent");
		assertThat(browser.path()).matches("/enterprises/\\d+");
		String own = browser.path();
		assertThat(browser.text(By.tagName("h1"))).as("its own name, also shown in the user menu")
			.isEqualTo(browser.text(By.cssSelector("details.user-menu summary span")));
		assertThat(navigation(browser)).containsExactly("/enterprises", "/demands", "/policies");
		assertThat(browser.text(NAV_LINKS)).isEqualTo(zh("nav.myEnterprise"));

		browser.open("/enterprises");
		assertThat(browser.path()).as("the directory leads to its own page").isEqualTo(own);
		browser.clickAndAwaitPage(NAV_LINKS);
		assertThat(browser.path()).isEqualTo(own);

		assertErrorPage(browser.open("/enterprises/" + stranger), "error.404");
		assertErrorPage(browser.open("/enterprises/new"), "error.403");
	}

	@Test
	void departmentHandlerSeesTheDirectoryButMayNotRegisterEnterprises(Browser browser) {
		browser.signIn("dept", "zhuqi-dept");
		assertThat(browser.path()).startsWith("/enterprises");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("enterprises.heading"));
		assertThat(browser.texts(RESULT_NAMES)).hasSize(20);
		assertThat(browser.has(REGISTER)).as("no 新增企业 button").isFalse();
		assertThat(navigation(browser)).containsExactly("/enterprises", "/demands", "/policies", "/departments", "/cadres", "/meetings",
				"/evaluations/mine", "/stats/demands");

		browser.clickAndAwaitPage(RESULT_NAMES);
		assertThat(browser.path()).matches("/enterprises/\\d+");
		assertThat(browser.has(By.cssSelector(".page-head a[href$='/edit']"))).as("no edit button").isFalse();

		assertErrorPage(browser.open("/enterprises/new"), "error.403");
		assertErrorPage(browser.open("/pairings"), "error.403");
	}

	/** The addresses of the top navigation's links, without scheme, host and port. */
	private static List<String> navigation(Browser browser) {
		return browser.driver()
			.findElements(NAV_LINKS)
			.stream()
			.map(link -> link.getDomAttribute("href"))
			.toList();
	}

	private void assertErrorPage(Browser browser, String messageKey) {
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("error.heading"));
		assertThat(browser.driver().findElements(By.cssSelector("main p"))).extracting(WebElement::getText)
			.contains(zh(messageKey));
	}

	private static String token() {
		return "Zq" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
