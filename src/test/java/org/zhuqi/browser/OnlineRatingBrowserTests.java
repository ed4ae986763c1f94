package org.zhuqi.browser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Online rating (网上测评) on a phone, 375 px wide: an enterprise opens the campaign's link, enters its credential,
 * saves a draft for one department, leaves, comes back with a new page load and finds its draft, completes and
 * submits it, and sees 已提交 and its progress 1 / 2 — every page without sideways scrolling.
 */
@BrowserTest
class OnlineRatingBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Autowired
	private CampaignSetup setup;

	@Autowired
	private VoterRoll roll;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void anEnterpriseSavesADraftComesBackAndSubmitsOnItsPhone() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		String departmentName = "区市场监督管理局" + System.nanoTime();
		long department = fixture.department(departmentName);
		Campaign campaign = fixture.draft(List.of(), List.of(department, fixture.department("区人力资源和社会保障局")));
		String token = fixture.voters(campaign.getId(), 2).get(0);
		long campaignId = fixture.open(campaign).getId();

		try (Browser phone = Browser.start(base(), Viewport.PHONE)) {
			load(phone, "/rate/" + campaignId);
			assertThat(phone.text(By.id("rate-state"))).startsWith("进行中");
			assertThat(phone.horizontalOverflow()).as("the landing page fits the phone").isLessThanOrEqualTo(0);
			phone.type(By.id("credential"), token);
			clickAndAwait(phone, By.id("credential-submit"));
			assertThat(phone.text(By.id("rate-progress"))).isEqualTo("已提交 0 / 2");

			clickAndAwait(phone, By.cssSelector("li[data-department='" + department + "'] a"));
			assertThat(phone.text(By.id("rate-department"))).startsWith(departmentName);
			assertThat(phone.horizontalOverflow()).as("the rating form fits the phone").isLessThanOrEqualTo(0);
			choose(phone, 0, 8);
			choose(phone, 2, 6);
			phone.type(By.id("comment"), "窗口服务热情");
			assertThat(phone.text(By.cssSelector("[data-counter='comment']"))).isEqualTo("6");
			clickAndAwait(phone, By.id("save-draft"));
			assertThat(phone.text(By.id("rate-message"))).isEqualTo(zh("evaluation.online.draftSaved"));

			load(phone, "/rate/" + campaignId + "/departments");
			assertThat(phone.text(By.cssSelector("li[data-department='" + department + "'] .rate-badge")))
				.isEqualTo(zh("evaluation.online.progress.DRAFT"));
			clickAndAwait(phone, By.cssSelector("li[data-department='" + department + "'] a"));
			assertThat(chosen(phone, 0, 8)).as("the draft's first score").isTrue();
			assertThat(chosen(phone, 2, 6)).as("the draft's third score").isTrue();
			assertThat(phone.find(By.id("comment")).getDomProperty("value")).isEqualTo("窗口服务热情");

			choose(phone, 1, 9);
			choose(phone, 3, 10);
			clickAndAwait(phone, By.id("submit-rating"));
			assertThat(phone.text(By.id("rate-message"))).isEqualTo(zh("evaluation.online.submitted"));
			assertThat(phone.text(By.cssSelector("li[data-department='" + department + "'] .rate-badge")))
				.isEqualTo("已提交");
			assertThat(phone.text(By.id("rate-progress"))).isEqualTo("已提交 1 / 2");
			assertThat(phone.horizontalOverflow()).as("the list fits the phone").isLessThanOrEqualTo(0);

			clickAndAwait(phone, By.cssSelector("li[data-department='" + department + "'] a"));
			assertThat(phone.text(By.id("rate-submitted"))).isEqualTo("已提交");
			assertThat(phone.has(By.id("rating-form"))).as("a submitted rating is not shown again").isFalse();
		}
	}

	@Test
	void theLiveVoterPageHandsTheCredentialOverWithoutPuttingItInAnyRequestAddress() {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long live = fixture.department("区统计局");
		Campaign campaign = fixture.draft(List.of(live), List.of(fixture.department("区医保局")));
		String token = fixture.voters(campaign.getId(), 1).get(0);
		long campaignId = fixture.open(campaign).getId();

		try (Browser phone = Browser.start(base(), Viewport.PHONE)) {
			load(phone, "/vote/" + token);
			String mark = phone.markPage();
			phone.find(By.id("vote-online")).click();
			try {
				phone.until(d -> {
					try {
						return !phone.stillOnMarkedPage(mark) && phone.has(By.id("rate-progress"));
					}
					catch (org.openqa.selenium.WebDriverException ex) {
						return false;
					}
				});
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				throw new AssertionError("still at " + phone.path() + ": " + phone.driver().getPageSource(), ex);
			}
			assertThat(phone.path()).isEqualTo("/rate/" + campaignId + "/departments");
			assertThat(phone.text(By.id("rate-progress"))).isEqualTo("已提交 0 / 1");
			assertThat(phone.driver().getCurrentUrl()).doesNotContain(token);
		}
	}

	/** Taps the score button of a dimension (the radio button itself is hidden under its label). */
	private static void choose(Browser phone, int dimension, int score) {
		phone.find(By.cssSelector("fieldset[data-dimension='" + dimension + "'] input[value='" + score + "'] + span"))
			.click();
		assertThat(chosen(phone, dimension, score)).isTrue();
	}

	private static boolean chosen(Browser phone, int dimension, int score) {
		return phone.driver().findElement(By.cssSelector("fieldset[data-dimension='" + dimension + "'] input[value='" + score + "']"))
			.isSelected();
	}

	/** These pages have no htmx: wait for the next document to have loaded. */
	private static void clickAndAwait(Browser phone, By by) {
		String mark = phone.markPage();
		phone.find(by).click();
		phone.until(d -> {
			try {
				return !phone.stillOnMarkedPage(mark)
						&& "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				return false;
			}
		});
	}

	private void load(Browser phone, String path) {
		phone.driver().get(base() + path);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
