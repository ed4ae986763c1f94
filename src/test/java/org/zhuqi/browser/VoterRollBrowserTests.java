package org.zhuqi.browser;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service centre builds a campaign's voter roll (投票人名册) in a real browser: from the campaign list to the
 * roll, filters the directory by a tag, reads how many enterprises that adds and confirms, sees the roll grow
 * and finds a voter by the live search, then issues the credentials (the ZIP itself is checked in
 * {@code VoterPagesIntegrationTests}) and sees every voter holding one.
 */
@BrowserTest
class VoterRollBrowserTests {

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
	void theCentreAddsEnterprisesByFilterAfterConfirmingTheCountThenIssuesTheirCredentials(Browser admin) {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		Campaign campaign = fixture.draft(List.of(fixture.department("区经信局")), List.of());
		String tag = "名册" + System.nanoTime() % 1_000_000_000L;
		for (int i = 1; i <= 3; i++) {
			long enterprise = fixture.enterprise("浏览器名册企业" + i + tag);
			jdbc.sql("insert into enterprise_tag (enterprise_id, tag) values (:id, :tag)")
				.param("id", enterprise)
				.param("tag", tag)
				.update();
		}
		String rollPath = "/evaluations/" + campaign.getId() + "/voters";

		admin.signInAsAdmin().open("/evaluations");
		admin.clickAndAwaitPage(By.cssSelector("a[href='" + rollPath + "']"));
		assertThat(admin.text(By.id("count-enrolled"))).isEqualTo("0");
		assertThat(admin.text(By.cssSelector("#results .empty"))).contains(zh("evaluation.voters.none"));

		admin.clickAndAwaitPage(By.id("voters-add"));
		admin.select(By.id("tag"), tag);
		admin.clickAndAwaitPage(By.id("voters-count"));
		assertThat(admin.text(By.id("voters-matching"))).isEqualTo(zh("evaluation.voters.add.matching", 3, 0, 3));
		admin.clickAndAwaitPage(By.id("voters-enrol"));

		assertThat(admin.path()).isEqualTo(rollPath);
		assertThat(admin.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("evaluation.voters.added", 3, 0));
		assertThat(admin.text(By.id("count-enrolled"))).isEqualTo("3");
		assertThat(admin.text(By.id("count-waiting"))).isEqualTo("3");
		assertThat(admin.texts(By.cssSelector("#voter-table tbody tr"))).hasSize(3);
		admin.search(By.id("q"), "浏览器名册企业2" + tag);
		assertThat(admin.texts(By.cssSelector("#voter-table tbody tr"))).singleElement()
			.asString()
			.contains("浏览器名册企业2" + tag, zh("evaluation.voters.state.WAITING"));

		assertThat(admin.text(By.cssSelector("#voters-issue"))).isEqualTo(zh("evaluation.voters.issue.submit", 3));
		admin.find(By.id("voters-issue")).click();
		Alert dialog = admin.until(ExpectedConditions.alertIsPresent());
		assertThat(dialog.getText()).isEqualTo(zh("evaluation.voters.issue.confirm", 3));
		dialog.accept();
		// the answer is a download, so the page stays; reading the roll again shows the credentials issued
		admin.until(d -> {
			admin.open(rollPath);
			return "3".equals(admin.text(By.id("count-issued")));
		});
		assertThat(admin.text(By.id("count-waiting"))).isEqualTo("0");
		assertThat(admin.has(By.id("voters-issue"))).isFalse();
		assertThat(admin.texts(By.cssSelector("#voter-table tbody tr")))
			.allMatch(row -> row.contains(zh("evaluation.voters.state.ISSUED")));
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
