package org.zhuqi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A liaison cadre logs a visit (走访记录) to one of its enterprises, is refused a visit in the future, and turns
 * the visit note into a problem, which is filed through the visit channel with the note as its description.
 */
@BrowserTest
class VisitBrowserTests {

	@Autowired
	private MessageSource messages;

	@Test
	void cadreLogsAVisitAndTurnsItIntoAProblem(Browser browser) {
		String notes = "走访了解到企业扩产缺少厂房，约需两千平方米。" + UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

		browser.signIn("cadre", "zhuqi-cadre");
		browser.open("/visits");
		browser.clickAndAwaitPage(By.cssSelector("main a.button.primary[href$='/visits/new']"));
		Select enterprise = new Select(browser.find(By.id("enterpriseId")));
		enterprise.selectByIndex(enterprise.getOptions().size() - 1);
		String enterpriseName = enterprise.getFirstSelectedOption().getText();
		browser.setValue(By.id("visitedOn"), today.plusDays(3).toString());
		browser.type(By.id("notes"), notes);
		browser.clickAndAwaitPage(By.cssSelector("form button[type=submit].primary"));
		assertThat(browser.fieldError("visitedOn")).as("no visits in the future").isNotBlank();

		browser.setValue(By.id("visitedOn"), today.toString());
		browser.clickAndAwaitPage(By.cssSelector("form button[type=submit].primary"));
		assertThat(browser.path()).isEqualTo("/visits");
		assertThat(browser.text(By.cssSelector("main table"))).contains(enterpriseName);

		browser.clickAndAwaitPage(By.cssSelector("main table tbody tr:first-child a[href*='visit=']"));
		assertThat(browser.find(By.id("description")).getDomProperty("value")).isEqualTo(notes);
		browser.select(By.id("categoryCode"), "SPACE");
		browser.type(By.id("title"), "扩产急需厂房");
		browser.clickAndAwaitPage(By.cssSelector("form.filing .actions button.primary"));
		if (browser.path().startsWith("/demands/new")) {
			browser.clickAndAwaitPage(By.cssSelector("form.filing button[name=fileAnyway]"));
		}
		assertThat(browser.path()).matches("/demands/\\d+");
		assertThat(browser.text(By.cssSelector(".demand-facts")))
			.contains(messages.getMessage("demand.channel.VISIT", null, Locale.SIMPLIFIED_CHINESE))
			.contains(enterpriseName);
	}

}
