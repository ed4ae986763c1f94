package org.zhuqi.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import of issue 2 in a real browser: the administrator downloads the enterprise template, fills it with
 * a few good rows and one with a wrong credit-code check character, uploads it, watches the job until it is
 * done, reads the counts and the problem report (row, column, reason), finds an imported enterprise with the
 * directory's live search, and uploads the same file again without changing anything.
 */
@BrowserTest
class ImportBrowserTests {

	private static final By PROBLEMS = By.cssSelector(".problems tbody tr[data-row]");

	private static final By RESULT_NAMES = By.cssSelector("#results tbody td:first-child a");

	@Autowired
	private MessageSource messages;

	@TempDir
	private Path folder;

	@Test
	void adminImportsAWorkbookWithOneBadRowSeesTheReportAndFindsAnImportedEnterprise(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		String nameColumn = zh("import.column.enterprise.name");
		String usccColumn = zh("import.column.enterprise.uscc");
		List<String> good = List.of("西湖" + token + "甲数据科技有限公司", "西湖" + token + "乙智能制造有限公司",
				"西湖" + token + "丙文化创意有限公司");
		String wrongUscc = AdminApi.withWrongCheckCharacter(AdminApi.newUscc());

		browser.signInAsAdmin().open("/imports");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("imports.heading"));
		ImportFile file = ImportFile.fromTemplate(ImportPage.enterpriseTemplate(browser));
		assertThat(file.headers()).contains(nameColumn, usccColumn);
		file.addRow(Map.of(nameColumn, good.get(0), usccColumn, AdminApi.newUscc()));
		int badRow = file.addRow(Map.of(nameColumn, "西湖" + token + "错码有限公司", usccColumn, wrongUscc));
		file.addRow(Map.of(nameColumn, good.get(1), usccColumn, AdminApi.newUscc()));
		file.addRow(Map.of(nameColumn, good.get(2), usccColumn, AdminApi.newUscc()));
		Path upload = file.writeTo(folder, "企业-" + token + ".xlsx");

		ImportPage.uploadEnterprises(browser, upload);
		assertThat(browser.text(By.cssSelector("#job .facts dd"))).isEqualTo(upload.getFileName().toString());
		assertThat(browser.text(By.cssSelector("#job .alert"))).isEqualTo(zh("import.job.done"));
		assertThat(counts(browser)).containsExactly(4, 3, 0, 0, 1);

		List<WebElement> problems = browser.driver().findElements(PROBLEMS);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).getDomAttribute("data-row")).isEqualTo(String.valueOf(badRow));
		assertThat(problems.get(0).findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly(String.valueOf(badRow), usccColumn, checkCharacterMessage(wrongUscc));

		browser.open("/enterprises");
		browser.search(By.id("q"), token);
		assertThat(browser.texts(RESULT_NAMES)).containsExactlyInAnyOrderElementsOf(good);

		browser.open("/imports");
		ImportPage.uploadEnterprises(browser, upload);
		assertThat(counts(browser)).as("the same file again changes nothing").containsExactly(4, 0, 0, 3, 1);
		assertThat(browser.driver().findElements(PROBLEMS)).hasSize(1);
	}

	/** The job's counts: total, created, updated, unchanged, failed. */
	private static List<Integer> counts(Browser browser) {
		return List.of("total", "created", "updated", "unchanged", "failed")
			.stream()
			.map(count -> Integer.valueOf(browser.text(By.cssSelector("[data-count=" + count + "]"))))
			.toList();
	}

	/** The message naming the check character a code should have had (Bean Validation's named parameters). */
	private String checkCharacterMessage(String uscc) {
		char expected = Uscc.checkCharacter(uscc.substring(0, Uscc.LENGTH - 1));
		return zh("uscc.checkCharacter").replace("{expected}", String.valueOf(expected))
			.replace("{actual}", uscc.substring(Uscc.LENGTH - 1));
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
