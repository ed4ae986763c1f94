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
 * Departments, liaison cadres (联企干部) and pairing in a real browser: the administrator creates a department
 * and a cadre in it through the forms (a bad phone number is refused first), finds both with the lists' live
 * searches, finds an unpaired enterprise on the pairing list, pairs it with the new cadre through the htmx
 * cadre search, sees the cadre on the enterprise's page, then hands the enterprise to another cadre and sees
 * the closed and the open pairing in the history. Bulk pairing hands every enterprise a search matches to
 * one cadre after confirming how many that are.
 */
@BrowserTest
class OrganisationBrowserTests {

	private static final By SAVE = By.cssSelector("form.form button[type=submit].primary");

	private static final By RESULT_ROWS = By.cssSelector("#results tbody tr");

	/** The pairing history is the only table on an enterprise's pairing page. */
	private static final By HISTORY_ROWS = By.cssSelector("table tbody tr");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Test
	void adminCreatesADepartmentAndACadreAndPairsAnUnpairedEnterpriseWithThatCadre(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String departmentName = "浏览器测试局" + token;
		String departmentCode = token.toUpperCase(Locale.ROOT);
		String cadreName = "甲干部" + token;
		String cadrePhone = AdminApi.newMobile();
		String enterpriseName = "西湖" + token + "待结对有限公司";
		AdminApi api = new AdminApi(port);
		long enterpriseId = api.registerEnterprise(enterpriseName);

		browser.signInAsAdmin().open("/departments");
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/departments/new']"));
		browser.type(By.id("name"), departmentName)
			.type(By.id("code"), departmentCode)
			.select(By.id("kind"), "BUREAU")
			.clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/departments/\\d+");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(departmentName);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("form.saved"));

		browser.open("/departments");
		browser.search(By.id("q"), departmentCode);
		assertThat(rowTexts(browser)).singleElement().asString().contains(departmentCode, departmentName);

		browser.open("/cadres").clickAndAwaitPage(By.cssSelector(".page-head a[href$='/cadres/new']"));
		browser.type(By.id("name"), cadreName)
			.select(By.id("departmentCode"), departmentCode)
			.type(By.id("phone"), "1380000")
			.type(By.id("title"), "科员")
			.clickAndAwaitPage(SAVE);
		assertThat(browser.path()).isEqualTo("/cadres/new");
		assertThat(browser.fieldError("phone")).isEqualTo(zh("phone.invalid"));
		browser.type(By.id("phone"), cadrePhone).clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/cadres/\\d+");
		long cadreId = Long.parseLong(browser.path().substring("/cadres/".length()));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(cadreName);
		assertThat(browser.text(By.cssSelector(".facts a[href*='/departments/']"))).isEqualTo(departmentName);

		browser.open("/cadres");
		browser.search(By.id("q"), cadrePhone);
		assertThat(rowTexts(browser)).singleElement().asString().contains(cadreName, cadrePhone, departmentName);

		browser.open("/pairings");
		browser.search(By.id("q"), token);
		browser.awaitSwapAfter(() -> browser.find(By.cssSelector("input[name=unpaired]")).click());
		assertThat(browser.path()).contains("unpaired=true");
		assertThat(rowTexts(browser)).singleElement().asString().contains(enterpriseName, zh("enterprise.unpaired"));
		browser.clickAndAwaitPage(By.cssSelector("#results a.button[href$='/pairings/" + enterpriseId + "']"));

		assertThat(browser.text(By.cssSelector("main h2"))).isEqualTo(zh("pairing.assign"));
		assertThat(browser.text(By.cssSelector(".facts .badge.off"))).isEqualTo(zh("enterprise.unpaired"));
		pair(browser, cadreName, cadreId, "新干部联系");
		assertThat(browser.text(By.cssSelector(".facts a[href$='/cadres/" + cadreId + "']"))).isEqualTo(cadreName);
		assertThat(historyRows(browser)).singleElement().satisfies(row -> assertOpen(row, cadreName));

		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/enterprises/" + enterpriseId + "']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(enterpriseName);
		assertThat(browser.text(By.xpath("//dt[.='" + zh("enterprise.cadre") + "']/following-sibling::dd[1]")))
			.contains(cadreName, departmentName, cadrePhone);

		String otherName = "乙干部" + token;
		long otherId = api.registerCadre(otherName, departmentCode, AdminApi.newMobile());
		browser.open("/pairings/" + enterpriseId);
		assertThat(browser.text(By.cssSelector("main h2"))).isEqualTo(zh("pairing.reassign"));
		pair(browser, otherName, otherId, "片区调整");
		List<WebElement> history = historyRows(browser);
		assertThat(history).hasSize(2);
		assertThat(history).filteredOn(row -> row.getText().contains(otherName))
			.singleElement()
			.satisfies(row -> assertOpen(row, otherName));
		assertThat(history).filteredOn(row -> row.getText().contains(cadreName))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.findElements(By.cssSelector(".badge"))).as("closed").isEmpty();
				assertThat(row.findElement(By.cssSelector("td:nth-child(3)")).getText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
				assertThat(row.getText()).contains("新干部联系");
			});
	}

	@Test
	void adminPairsEveryEnterpriseMatchingASearchWithOneCadreAfterConfirmingHowMany(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		AdminApi api = new AdminApi(port);
		List<String> names = List.of("西湖" + token + "批量甲有限公司", "西湖" + token + "批量乙有限公司");
		names.forEach(api::registerEnterprise);
		String cadreName = "批量干部" + token;
		long cadreId = api.registerCadre(cadreName, "JXJ", AdminApi.newMobile());

		// a live search: the bulk link was rendered before it and must still take its filter along
		browser.signInAsAdmin().open("/pairings").search(By.id("q"), token);
		assertThat(rowTexts(browser)).hasSize(2).allSatisfy(row -> assertThat(row).contains(zh("enterprise.unpaired")));
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href*='/pairings/bulk']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("pairing.bulk.heading"));
		assertThat(browser.text(By.cssSelector(".facts dd"))).isEqualTo(token);
		assertThat(browser.text(By.id("matching"))).isEqualTo(zh("pairing.bulk.matching", 2));

		browser.search(By.id("cadreQ"), cadreName);
		browser.find(By.cssSelector("#candidates input[name=cadreId][value='" + cadreId + "']")).click();
		browser.type(By.id("reason"), "批量调整");
		assertThat(browser.text(SAVE)).isEqualTo(zh("pairing.bulk.submit", 2));
		browser.clickConfirmingAndAwaitPage(SAVE, zh("pairing.bulk.confirm", 2));

		assertThat(browser.path()).startsWith("/pairings?").contains("q=" + token);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("pairing.bulk.done", 2, 2));
		assertThat(browser.texts(By.cssSelector("#results tbody td:first-child a"))).containsExactlyInAnyOrderElementsOf(names);
		assertThat(rowTexts(browser)).allSatisfy(row -> assertThat(row).contains(cadreName));
	}

	/**
	 * On an enterprise's pairing page: searches the cadre by name (htmx swaps the candidates in), chooses it,
	 * gives a reason and saves.
	 */
	private void pair(Browser browser, String cadreName, long cadreId, String reason) {
		browser.search(By.id("cadreQ"), cadreName);
		assertThat(browser.texts(By.cssSelector("#candidates label strong"))).containsExactly(cadreName);
		browser.find(By.cssSelector("#candidates input[name=cadreId][value='" + cadreId + "']")).click();
		browser.type(By.id("reason"), reason).clickAndAwaitPage(SAVE);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("pairing.done"));
	}

	private void assertOpen(WebElement row, String cadreName) {
		assertThat(row.findElement(By.cssSelector("td:first-child a")).getText()).isEqualTo(cadreName);
		assertThat(row.findElement(By.cssSelector("td:nth-child(3) .badge")).getText())
			.isEqualTo(zh("pairing.currentMark"));
		assertThat(row.findElement(By.cssSelector("td:nth-child(4)")).getText()).isEqualTo("admin");
	}

	private static List<String> rowTexts(Browser browser) {
		return browser.texts(RESULT_ROWS);
	}

	private static List<WebElement> historyRows(Browser browser) {
		return browser.driver().findElements(HISTORY_ROWS);
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
