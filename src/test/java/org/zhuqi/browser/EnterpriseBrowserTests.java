package org.zhuqi.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's forms in a real browser: the administrator registers an enterprise, is told which check
 * character the credit code should end in, corrects it and lands on the new enterprise's page; edits the
 * contact person and sees the change and its line in the history; exports the filtered list and finds the
 * enterprise in the workbook. The list pages (htmx swaps the next page in), sorts by registered capital both
 * ways, and filters by street, industry and tag.
 */
@BrowserTest
class EnterpriseBrowserTests {

	private static final By RESULT_NAMES = By.cssSelector("#results tbody td:first-child a");

	private static final By SAVE = By.cssSelector("form.form button[type=submit].primary");

	/** The history table is the only table on an enterprise's page: when, who, what, detail. */
	private static final By HISTORY_ACTIONS = By.cssSelector("table tbody td:nth-child(3)");

	private static final By HISTORY_ACTORS = By.cssSelector("table tbody td:nth-child(2)");

	private static final By HISTORY_DETAILS = By.cssSelector("table tbody td:nth-child(4)");

	@Autowired
	private MessageSource messages;

	@Test
	void adminRegistersAnEnterpriseAfterCorrectingTheCheckCharacterThenEditsAndExportsIt(Browser browser)
			throws IOException {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String name = "西湖" + token + "登记测试有限公司";
		String uscc = AdminApi.newUscc();
		String wrongUscc = AdminApi.withWrongCheckCharacter(uscc);

		browser.signInAsAdmin().clickAndAwaitPage(By.cssSelector(".page-head a[href$='/enterprises/new']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("enterprises.new"));
		browser.type(By.id("name"), name)
			.type(By.id("uscc"), wrongUscc)
			.select(By.id("streetCode"), "XIHU")
			.select(By.id("industryCode"), "I")
			.select(By.id("sizeClass"), "SMALL")
			.type(By.id("registeredCapital"), "2500000")
			.setValue(By.id("foundedOn"), "2019-03-15")
			.type(By.id("contactName"), "李登记")
			.type(By.id("contactPhone"), "13800001111")
			.type(By.id("tags"), "专精特新")
			.clickAndAwaitPage(SAVE);

		assertThat(browser.path()).isEqualTo("/enterprises/new");
		char expected = Uscc.checkCharacter(uscc.substring(0, Uscc.LENGTH - 1));
		assertThat(browser.fieldError("uscc")).isEqualTo(zh("uscc.checkCharacter")
			.replace("{expected}", String.valueOf(expected))
			.replace("{actual}", wrongUscc.substring(Uscc.LENGTH - 1)));
		assertThat(browser.find(By.id("uscc")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(By.id("name")).getDomProperty("value")).as("what was typed is kept").isEqualTo(name);
		assertThat(browser.texts(By.cssSelector(".field .error"))).as("only the credit code is wrong").hasSize(1);

		browser.type(By.id("uscc"), uscc).clickAndAwaitPage(SAVE);
		assertThat(browser.path()).matches("/enterprises/\\d+");
		String page = browser.path();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("form.saved"));
		assertThat(browser.text(By.cssSelector(".facts dd.code"))).isEqualTo(uscc);
		assertThat(browser.texts(HISTORY_ACTIONS)).containsExactly(zh("audit.action.created"));

		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/edit']"));
		assertThat(browser.find(By.id("uscc")).getDomProperty("value")).isEqualTo(uscc);
		browser.type(By.id("contactName"), "赵联系").clickAndAwaitPage(SAVE);
		assertThat(browser.path()).isEqualTo(page);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("form.saved"));
		assertThat(browser.texts(By.cssSelector(".facts dd"))).contains("赵联系").doesNotContain("李登记");
		assertThat(browser.texts(HISTORY_ACTIONS)).as("newest first")
			.containsExactly(zh("audit.action.updated"), zh("audit.action.created"));
		assertThat(browser.texts(HISTORY_ACTORS)).containsOnly("admin");
		assertThat(browser.text(HISTORY_DETAILS)).contains("contactName");

		browser.open("/enterprises").search(By.id("q"), token);
		assertThat(browser.texts(RESULT_NAMES)).containsExactly(name);
		// the link was rendered before the live search; clicking builds it from the address the search pushed
		By exportLink = By.cssSelector(".page-head a[href*='/enterprises/export']");
		browser.find(exportLink).click();
		String export = browser.find(exportLink).getDomProperty("href");
		assertThat(export).contains("q=" + token);
		Browser.Download download = browser.download(export);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(download.contentDisposition()).startsWith("attachment").contains(".xlsx");
		List<List<String>> rows = rows(download.body());
		assertThat(rows.get(0)).startsWith(zh("import.column.enterprise.name"), zh("import.column.enterprise.uscc"));
		assertThat(rows).as("header and the one enterprise the filter matches").hasSize(2);
		assertThat(rows.get(1)).contains(name, uscc, "赵联系", "13800001111", "专精特新");
	}

	@Test
	void directoryPagesSortsByCapitalAndFiltersByStreetIndustryAndTag(Browser browser) {
		browser.signInAsAdmin();
		List<String> firstPage = browser.texts(RESULT_NAMES);
		assertThat(firstPage).hasSize(20);
		String mark = browser.markPage();
		browser.awaitSwapAfter(() -> browser.find(By.cssSelector("#results .pager a[rel=next]")).click());
		assertThat(browser.stillOnMarkedPage(mark)).as("the pager swaps the results in place").isTrue();
		assertThat(browser.path()).contains("page=1");
		assertThat(browser.text(By.cssSelector("#results .pager a.current"))).isEqualTo("2");
		assertThat(browser.texts(RESULT_NAMES)).hasSize(20).doesNotContainAnyElementsOf(firstPage);

		browser.open("/enterprises");
		browser.clickAndAwaitPage(By.cssSelector("#results th a[href*='capital']"));
		List<BigDecimal> ascending = capitals(browser);
		assertThat(ascending).as("smallest registered capital first").isSorted();
		browser.clickAndAwaitPage(By.cssSelector("#results th a[href*='capital']"));
		List<BigDecimal> descending = capitals(browser);
		assertThat(descending).as("then largest first").isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(descending.get(0)).as("the two orders really differ").isGreaterThan(ascending.get(0));

		browser.open("/enterprises");
		browser.awaitSwapAfter(() -> browser.select(By.id("street"), "XIHU"));
		browser.awaitSwapAfter(() -> browser.select(By.id("industry"), "I"));
		String street = new Select(browser.find(By.id("street"))).getFirstSelectedOption().getText();
		String industry = new Select(browser.find(By.id("industry"))).getFirstSelectedOption().getText();
		assertThat(browser.path()).contains("street=XIHU", "industry=I");
		assertThat(browser.texts(RESULT_NAMES)).isNotEmpty();
		assertThat(browser.texts(By.cssSelector("#results tbody td:nth-child(3)"))).containsOnly(street);
		assertThat(browser.texts(By.cssSelector("#results tbody td:nth-child(4)")))
			.allSatisfy(name -> assertThat(industry).endsWith(" " + name));

		browser.awaitSwapAfter(() -> browser.select(By.id("tag"), "专精特新"));
		assertThat(browser.driver().findElements(By.cssSelector("#results tbody tr"))).isNotEmpty()
			.allSatisfy(row -> assertThat(row.findElements(By.cssSelector(".tag"))).extracting(WebElement::getText)
				.contains("专精特新"));
	}

	/** The registered capitals of the listed enterprises, in 万元 as the list shows them. */
	private static List<BigDecimal> capitals(Browser browser) {
		return browser.texts(By.cssSelector("#results tbody td.num"))
			.stream()
			.map(text -> new BigDecimal(text.replace(",", "")))
			.toList();
	}

	/** The first sheet's rows as the cells' displayed text. */
	private static List<List<String>> rows(byte[] xlsx) throws IOException {
		DataFormatter text = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(text.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
