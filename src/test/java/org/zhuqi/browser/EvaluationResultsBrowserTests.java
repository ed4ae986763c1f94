package org.zhuqi.browser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing an evaluation's results and acting on them in a real browser: the service centre sees the closed
 * campaign's results marked 未发布 and publishes them; the demo department user (区经信局) finds them under its
 * results, sees its own department only (another department's page is absent to it), sees the score
 * distribution drawn as ECharts bar charts beside their tables (the centre sees the ranking as one), reads the
 * enterprises' comment without any voter, turns the low comment into a rectification item, and finds that item among its
 * problems (诉求), filed for it by the evaluation.
 */
@BrowserTest
class EvaluationResultsBrowserTests {

	/** 区经信局, the department of the demo login {@code dept}. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	@Autowired
	private MessageSource messages;

	@Autowired
	private Directory directory;

	@Autowired
	private CampaignSetup setup;

	@Autowired
	private VoterRoll roll;

	@Autowired
	private BallotBox box;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void centrePublishesAndTheDepartmentTurnsItsLowCommentIntoARectificationItem(Browser browser) {
		DepartmentRef bureau = directory.departmentByCode(DEMO_DEPARTMENT).orElseThrow();
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long other = fixture.department("区文旅局");
		Campaign draft = fixture.draft(List.of(), List.of(bureau.id(), other));
		List<String> tokens = fixture.voters(draft.getId(), 2);
		long id = fixture.open(draft).getId();
		String comment = "审批材料要求反复变更" + UUID.randomUUID().toString().substring(0, 6);
		cast(id, bureau.id(), tokens.get(0), comment, 4);
		cast(id, bureau.id(), tokens.get(1), null, 9);
		cast(id, other, tokens.get(0), null, 7);
		fixture.close(id);
		String results = "/evaluations/" + id + "/results";

		browser.signInAsAdmin();
		browser.open(results);
		assertThat(browser.text(By.id("publication-state"))).isEqualTo(zh("evaluation.results.unpublished"));
		assertThat(browser.text(By.id("ranking-online"))).contains(bureau.name());
		assertThat(drawnChart(browser, "#ranking-chart .chart")).as("the ranking chart").isTrue();
		browser.clickConfirmingAndAwaitPage(By.id("publish"), zh("evaluation.results.publish.confirm"));
		assertThat(browser.text(By.id("publication-state"))).isEqualTo(zh("evaluation.results.published"));
		browser.signOut();

		browser.signIn("dept", "zhuqi-dept");
		browser.open("/evaluations/mine");
		browser.clickAndAwaitPage(By.cssSelector("main a[href$='/evaluations/" + id + "/results/" + bureau.id() + "']"));
		assertThat(browser.text(By.tagName("h1"))).contains(bureau.name());
		assertThat(browser.text(By.id("score"))).isEqualTo("6.5000");
		assertThat(drawnChart(browser, "#distribution-chart-0")).as("the first dimension's chart").isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("#distribution .chart canvas"))).hasSize(4);
		assertThat(browser.find(By.cssSelector("#distribution table")).isDisplayed()).as("the table beside it").isTrue();
		assertThat(browser.text(By.id("comments"))).contains(comment).doesNotContain("评议企业");
		assertThat(browser.download(results + "/" + other).status()).as("another department's results").isEqualTo(404);
		assertThat(browser.download(results).status()).as("the whole campaign's results").isEqualTo(403);

		browser.clickConfirmingAndAwaitPage(By.cssSelector("#comments form[action$='/rectifications'] button"),
				zh("evaluation.results.rectify.confirm"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("evaluation.results.rectify.done"));
		assertThat(browser.text(By.id("comments"))).contains(zh("evaluation.results.rectify.created"));

		String campaignName = draft.getName();
		browser.until(driver -> {
			browser.open("/demands");
			return browser.text(By.tagName("main")).contains(campaignName);
		});
		browser.clickAndAwaitPage(By.xpath("//main//a[contains(., '" + campaignName + "')]"));
		assertThat(browser.text(By.tagName("main"))).contains(comment, zh("demand.enterprise.none"));
	}

	/** Whether ECharts drew a visible canvas with a size into the container. */
	private static boolean drawnChart(Browser browser, String container) {
		return browser.until(driver -> {
			List<WebElement> canvases = driver.findElements(By.cssSelector(container + " canvas"));
			return !canvases.isEmpty() && canvases.get(0).isDisplayed() && canvases.get(0).getSize().getWidth() > 0
					&& canvases.get(0).getSize().getHeight() > 0;
		});
	}

	private void cast(long campaignId, long department, String token, String comment, int score) {
		assertThat(box.cast(new BallotRequest(campaignId, department, token, List.of(score, score, score, score), comment,
				Channel.ONLINE, UUID.randomUUID().toString())).accepted()).isTrue();
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
