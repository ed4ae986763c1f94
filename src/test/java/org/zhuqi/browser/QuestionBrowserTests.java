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
 * A question before the live session (会前提问): a voter on a 375 px phone goes from the credential's voter page
 * to the questions page, sends a question for a live department and is thanked; the service centre then finds
 * the question on the campaign's questions page.
 */
@BrowserTest
class QuestionBrowserTests {

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
	void aVoterAsksFromThePhoneAndTheCentreSeesTheQuestion(Browser admin) {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		String departmentName = "区人社局" + System.nanoTime();
		Campaign campaign = fixture.draft(List.of(fixture.department(departmentName)), List.of());
		String token = fixture.voters(campaign.getId(), 1).get(0);
		long campaignId = fixture.open(campaign).getId();
		String question = "稳岗补贴什么时候能到账？" + System.nanoTime();

		try (Browser phone = Browser.start(base(), Viewport.PHONE)) {
			assertThat(Viewport.PHONE.width()).isEqualTo(375);
			phone.driver().get(base() + "/vote/" + token);
			// the voter pages load no htmx: wait for the next page's own elements
			phone.find(By.id("vote-questions")).click();
			phone.until(d -> phone.has(By.id("question-submit")));
			assertThat(phone.text(By.id("departmentId"))).contains(departmentName);
			phone.type(By.id("body"), question);
			phone.find(By.id("question-submit")).click();
			phone.until(d -> phone.has(By.id("question-message")));
			assertThat(phone.text(By.id("question-message"))).isEqualTo(zh("evaluation.question.done.question"));
			assertThat(phone.horizontalOverflow()).as("the questions page fits the phone").isLessThanOrEqualTo(0);
		}

		admin.signInAsAdmin().open("/evaluations/" + campaignId + "/questions");
		assertThat(admin.text(By.id("question-table"))).contains(question).contains(departmentName);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
