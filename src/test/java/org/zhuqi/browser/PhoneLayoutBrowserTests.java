package org.zhuqi.browser;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's newer pages on a 375 px phone: the import page and a finished job with its problem
 * report, an enterprise's pairing page with its cadre search and history, and the user administration (list,
 * new-user form with the enterprise search, account page, own password). None may make the page scroll
 * sideways, and the buttons that finish each task must lie on the screen.
 */
@BrowserTest
class PhoneLayoutBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@TempDir
	private Path folder;

	@Test
	void importPageAndProblemReportFitAPhone(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		browser.resize(Viewport.PHONE).signInAsAdmin().open("/imports");
		assertFits(browser, "import page");
		assertButtonOnScreen(browser, By.cssSelector("form[action$='/imports'] button[type=submit]"));

		ImportFile file = ImportFile.fromTemplate(ImportPage.enterpriseTemplate(browser));
		file.addRow(Map.of(zh("import.column.enterprise.name"), "西湖" + token + "手机导入很长很长的名称科技发展有限责任公司",
				zh("import.column.enterprise.uscc"), AdminApi.newUscc()));
		file.addRow(Map.of(zh("import.column.enterprise.name"), "西湖" + token + "错码有限公司",
				zh("import.column.enterprise.uscc"), AdminApi.withWrongCheckCharacter(AdminApi.newUscc()),
				zh("import.column.enterprise.contactPhone"), "不是电话"));
		ImportPage.uploadEnterprises(browser, file.writeTo(folder, "手机导入-" + token + ".xlsx"));
		assertThat(browser.driver().findElements(By.cssSelector(".problems tbody tr[data-row]"))).hasSize(2);
		assertFits(browser, "import job page with its problem report");

		browser.open("/imports");
		assertFits(browser, "import page listing the job");
	}

	@Test
	void pairingPageFitsAPhone(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		AdminApi api = new AdminApi(port);
		long enterpriseId = api.registerEnterprise("西湖" + token + "手机结对很长很长的名称科技发展有限责任公司");
		String cadreName = "手机干部" + token;
		long cadreId = api.registerCadre(cadreName, "JXJ", AdminApi.newMobile());

		browser.resize(Viewport.PHONE).signInAsAdmin().open("/pairings/" + enterpriseId);
		assertFits(browser, "pairing page of an unpaired enterprise");
		browser.search(By.id("cadreQ"), cadreName);
		assertFits(browser, "pairing page with cadre candidates");
		browser.find(By.cssSelector("#candidates input[value='" + cadreId + "']")).click();
		assertButtonOnScreen(browser, By.cssSelector("form.form button[type=submit].primary"));
		browser.clickAndAwaitPage(By.cssSelector("form.form button[type=submit].primary"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("pairing.done"));
		assertFits(browser, "pairing page with its history");

		browser.open("/pairings");
		assertFits(browser, "pairing list");
	}

	@Test
	void userAdministrationFitsAPhone(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String enterpriseName = "西湖" + token + "手机账号很长很长的名称科技发展有限责任公司";
		long enterpriseId = new AdminApi(port).registerEnterprise(enterpriseName);

		browser.resize(Viewport.PHONE).signInAsAdmin().open("/admin/users");
		assertFits(browser, "user list");
		browser.search(By.id("q"), "admin");
		assertFits(browser, "user list after a search");

		browser.open("/admin/users/new");
		assertFits(browser, "new-user form");
		browser.type(By.id("username"), "zq-phone-" + token.toLowerCase(Locale.ROOT)).type(By.id("displayName"), "手机测试");
		browser.awaitSwapAfter(() -> browser.select(By.id("role"), "ENTERPRISE"));
		browser.search(By.id("enterpriseQuery"), token);
		assertFits(browser, "new-user form with enterprise choices");
		browser.find(By.cssSelector("#enterprise-choices input[value='" + enterpriseId + "']")).click();
		browser.type(By.id("password"), "Shouji2024" + token.substring(2, 5));
		assertButtonOnScreen(browser, By.cssSelector("form.form button[type=submit].primary"));
		browser.clickAndAwaitPage(By.cssSelector("form.form button[type=submit].primary"));
		assertThat(browser.path()).matches("/admin/users/\\d+");
		assertFits(browser, "account page");
		assertButtonOnScreen(browser, By.cssSelector("form[action$='/disable'] button"));

		browser.open("/account/password");
		assertFits(browser, "own password page");
	}

	private static void assertFits(Browser browser, String page) {
		assertThat(browser.horizontalOverflow()).as("%s wider than the phone, in CSS pixels", page).isLessThanOrEqualTo(0);
	}

	private static void assertButtonOnScreen(Browser browser, By button) {
		WebElement element = browser.find(button);
		browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
		assertThat(browser.fitsTheScreen(element)).as("%s lies on the screen", element.getText()).isTrue();
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
