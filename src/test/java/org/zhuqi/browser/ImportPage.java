package org.zhuqi.browser;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps on {@code /imports} that several browser tests take: fetch the enterprise template through its
 * link, and upload a file and follow its job until it has finished.
 */
final class ImportPage {

	private static final By JOB_FINISHED = By.cssSelector("#job[data-status=DONE], #job[data-status=FAILED]");

	private ImportPage() {
	}

	/** Follows the enterprise template's link on the import page and fetches it with the signed-in session. */
	static byte[] enterpriseTemplate(Browser browser) {
		String href = browser.find(By.cssSelector("a[href$='/imports/template/enterprise.xlsx']")).getDomProperty("href");
		Browser.Download template = browser.download(href);
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return template.body();
	}

	/**
	 * On the import page: chooses the enterprise kind and the file, submits, lands on the job's page and waits
	 * while htmx polls it until the job is done (and fails if the whole job failed).
	 */
	static void uploadEnterprises(Browser browser, Path file) {
		browser.select(By.id("kind"), "ENTERPRISE");
		browser.driver().findElement(By.id("file")).sendKeys(file.toString());
		browser.clickAndAwaitPage(By.cssSelector("form[action$='/imports'] button[type=submit]"));
		assertThat(browser.path()).matches("/imports/\\d+");
		String status = browser.until(driver -> {
			List<WebElement> job = driver.findElements(JOB_FINISHED);
			return job.isEmpty() ? null : job.get(0).getDomAttribute("data-status");
		});
		browser.awaitHtmx();
		assertThat(status).as("job status; page says: %s", browser.text(By.id("job"))).isEqualTo("DONE");
	}

}
