package org.zhuqi.browser;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working-day calendar in a real browser: the administrator opens it from the navigation, goes to a year,
 * clicks a Tuesday in the month grid, is refused when marking it as a make-up workday, marks it as a holiday
 * with a name and sees it in the grid, in the year's list and in the day's history, then returns it to the
 * weekday rule after confirming. The year is 2098, where no other test counts deadlines. On a phone the
 * shipped 2026 calendar fits the screen.
 */
@BrowserTest
class CalendarBrowserTests {

	private static final LocalDate TUESDAY = LocalDate.parse("2098-06-10");

	private static final By SAVE = By.cssSelector("#mark-form button[type=submit].primary");

	private static final By CELL = By.cssSelector("#month-6 td[data-date='" + TUESDAY + "']");

	@Autowired
	private MessageSource messages;

	@Test
	void adminMarksATuesdayAsHolidayAndSeesItInTheCalendarThenReturnsItToTheWeekdayRule(Browser browser) {
		browser.signInAsAdmin().open("/");
		browser.clickAndAwaitPage(By.cssSelector("nav a[href$='/admin/calendar']"));
		assertThat(browser.path()).isEqualTo("/admin/calendar");
		assertThat(browser.has(By.cssSelector("#months .month"))).isTrue();

		browser.open("/admin/calendar?year=2098");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("calendar.heading", 2098));
		assertThat(browser.find(CELL).getAttribute("class")).contains("work");
		browser.clickAndAwaitPage(By.cssSelector("#month-6 td[data-date='" + TUESDAY + "'] a"));
		assertThat(browser.find(By.id("date")).getAttribute("value")).isEqualTo(TUESDAY.toString());
		assertThat(new Select(browser.find(By.id("kind"))).getFirstSelectedOption().getAttribute("value"))
			.as("a weekday can only become a holiday")
			.isEqualTo("HOLIDAY");

		browser.select(By.id("kind"), "WORKDAY").type(By.id("name"), "浏览器测试节").clickAndAwaitPage(SAVE);
		assertThat(browser.fieldError("date")).isEqualTo(zh("calendar.workday.onWeekday", TUESDAY.toString()));

		browser.select(By.id("kind"), "HOLIDAY").clickAndAwaitPage(SAVE);
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("calendar.saved"));
		assertThat(browser.find(CELL).getAttribute("class")).contains("holiday", "selected");
		assertThat(browser.find(By.cssSelector("#month-6 td[data-date='" + TUESDAY + "'] a")).getAttribute("title"))
			.isEqualTo(TUESDAY + " 浏览器测试节");
		assertThat(browser.text(By.id("mark-" + TUESDAY))).contains(TUESDAY.toString(), zh("calendar.kind.HOLIDAY"),
				"浏览器测试节", "admin");
		assertThat(browser.texts(By.cssSelector("#edit table tbody tr"))).singleElement()
			.asString()
			.contains("admin", zh("audit.action.created"), "HOLIDAY 浏览器测试节");

		browser.clickConfirmingAndAwaitPage(By.id("remove"),
				zh("calendar.removeConfirm", TUESDAY.toString()));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("calendar.removed"));
		assertThat(browser.find(CELL).getAttribute("class")).contains("work").doesNotContain("holiday");
		assertThat(browser.has(By.id("mark-" + TUESDAY))).isFalse();
		assertThat(browser.texts(By.cssSelector("#edit table tbody tr"))).hasSize(2)
			.first()
			.asString()
			.contains(zh("audit.action.reset"));
	}

	@Test
	void theShippedYearFitsAPhone(Browser browser) {
		browser.resize(Viewport.PHONE).signInAsAdmin().open("/admin/calendar?year=2026&date=2026-02-16");

		assertThat(browser.horizontalOverflow()).as("sideways scrolling").isLessThanOrEqualTo(0);
		assertThat(browser.find(By.cssSelector("#month-2 td[data-date='2026-02-16']")).getAttribute("class"))
			.contains("holiday", "selected");
		assertThat(browser.fitsTheScreen(browser.find(By.id("month-2")))).isTrue();
		assertThat(browser.fitsTheScreen(browser.find(By.id("remove")))).isTrue();
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
