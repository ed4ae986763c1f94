package org.zhuqi.browser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The live session (现场测评) in three real browsers at once: the host starts the session and opens voting on
 * the first department from the console; a voter on a phone opens the credential's link, presses a score and
 * sees 已提交; the big screen, loaded before the ballot, shows 1 ballot without reloading; the host closes the
 * vote; the phone then says 本轮投票已结束 and the screen shows the department's score, still without a reload.
 */
@BrowserTest
class LiveSessionBrowserTests {

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
	void aPhoneBallotReachesTheBigScreenLiveAndTheCloseReachesThePhone(Browser host) {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		String departmentName = "区数据资源局" + System.nanoTime();
		long department = fixture.department(departmentName);
		Campaign campaign = fixture.draft(List.of(department, fixture.department("区司法局")), List.of());
		String token = fixture.voters(campaign.getId(), 3).get(0);
		long campaignId = fixture.open(campaign).getId();

		host.signInAsAdmin().open("/evaluations/" + campaignId + "/live");
		host.clickConfirmingAndAwaitPage(By.id("live-start"), zh("evaluation.live.start.confirm"));
		host.clickAndAwaitPage(By.id("live-open"));
		assertThat(host.text(By.id("live-round"))).isEqualTo(zh("evaluation.live.round.OPEN"));
		String screenAddress = host.find(By.id("screen-link")).getDomProperty("href");

		try (Browser screen = Browser.start(base(), Viewport.BIG_SCREEN);
				Browser phone = Browser.start(base(), Viewport.PHONE)) {
			screen.driver().get(screenAddress);
			assertThat(screen.text(By.id("screen-department"))).startsWith(departmentName);
			screen.until(d -> "0".equals(screen.text(By.id("screen-ballots"))));
			String screenMark = screen.markPage();

			phone.driver().get(base() + "/vote/" + token);
			assertThat(phone.text(By.id("vote-department"))).startsWith(departmentName);
			phone.find(By.cssSelector("button.score[data-score='8']")).click();
			phone.find(By.id("vote-submit")).click();
			phone.until(d -> phone.text(By.id("vote-status")).contains(zh("evaluation.vote.submitted")));
			assertThat(phone.has(By.cssSelector("body[data-ballot='submitted']"))).isTrue();
			assertThat(phone.horizontalOverflow()).as("the voter page fits the phone").isLessThanOrEqualTo(0);

			screen.until(d -> "1".equals(screen.text(By.id("screen-ballots"))));
			assertThat(screen.stillOnMarkedPage(screenMark)).as("the screen was not reloaded").isTrue();

			host.clickConfirmingAndAwaitPage(By.id("live-close"), zh("evaluation.live.close.confirm"));
			assertThat(host.text(By.id("live-round"))).isEqualTo(zh("evaluation.live.round.CLOSED"));

			phone.until(d -> phone.text(By.id("vote-closed")).equals(zh("evaluation.vote.closed")));
			assertThat(phone.text(By.id("vote-status"))).contains(zh("evaluation.vote.submitted"));
			assertThat(phone.has(By.cssSelector("button.score"))).isTrue();
			assertThat(phone.driver().findElement(By.cssSelector("button.score")).isDisplayed()).isFalse();

			screen.until(d -> "8.0000".equals(screen.text(By.id("screen-score"))));
			assertThat(screen.text(By.id("screen-state"))).isEqualTo(zh("evaluation.live.round.CLOSED"));
			assertThat(screen.text(By.id("screen-ranking"))).contains(departmentName);
			assertThat(screen.stillOnMarkedPage(screenMark)).as("the screen was not reloaded").isTrue();

			screen.driver().navigate().refresh();
			assertThat(screen.text(By.id("screen-score"))).as("after a reload mid-session").isEqualTo("8.0000");
		}
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
