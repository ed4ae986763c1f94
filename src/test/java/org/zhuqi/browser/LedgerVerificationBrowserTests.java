package org.zhuqi.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.result.ResultsPublisher;
import org.zhuqi.evaluation.voter.VoterRoll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scene of the ballot ledger: the host opens voting; three voters on 375 px phones vote; the big
 * screen shows 3 ballots; the host closes; the screen shows the score; then the ledger and the results are
 * downloaded from the API (HTTP Basic as the centre) and {@code java tools/VerifyLedger.java} run on them
 * confirms the chain and reproduces the ranking of the published results file.
 */
@BrowserTest
class LedgerVerificationBrowserTests {

	private static final Pattern RANKING_ROW = Pattern
		.compile("^\\s+(\\d+|-)\\s+(\\d+)\\s+(LIVE|ONLINE)\\s+(\\d+|-)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)$");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Autowired
	private CampaignSetup setup;

	@Autowired
	private VoterRoll roll;

	@Autowired
	private ResultsPublisher publisher;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@TempDir
	Path files;

	@Test
	void threePhonesVoteTheScreenCountsThemAndTheVerifierReproducesTheRanking(Browser host) throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		String departmentName = "区发改局" + System.nanoTime();
		long department = fixture.department(departmentName);
		long next = fixture.department("区教育局");
		Campaign campaign = fixture.draft(List.of(department, next), List.of());
		List<String> tokens = fixture.voters(campaign.getId(), 3);
		long campaignId = fixture.open(campaign).getId();

		host.signInAsAdmin().open("/evaluations/" + campaignId + "/live");
		host.clickConfirmingAndAwaitPage(By.id("live-start"), zh("evaluation.live.start.confirm"));

		List<Browser> phones = new ArrayList<>();
		try (Browser screen = Browser.start(base(), Viewport.BIG_SCREEN)) {
			// the browsers start before the round opens: on a busy machine starting four takes a while
			for (int i = 0; i < tokens.size(); i++) {
				phones.add(Browser.start(base(), Viewport.PHONE));
			}
			host.type(By.id("seconds"), "600");
			host.clickAndAwaitPage(By.id("live-open"));
			screen.driver().get(host.find(By.id("screen-link")).getDomProperty("href"));
			screen.until(d -> "0".equals(screen.text(By.id("screen-ballots"))));
			int[] pressed = { 8, 9, 10 };
			for (int i = 0; i < tokens.size(); i++) {
				Browser phone = phones.get(i);
				phone.driver().get(base() + "/vote/" + tokens.get(i));
				assertThat(phone.text(By.id("vote-department"))).startsWith(departmentName);
				phone.find(By.cssSelector("button.score[data-score='" + pressed[i] + "']")).click();
				phone.find(By.id("vote-submit")).click();
			}
			for (Browser phone : phones) {
				phone.until(d -> phone.text(By.id("vote-status")).contains(zh("evaluation.vote.submitted")));
				assertThat(phone.horizontalOverflow()).as("the voter page fits the phone").isLessThanOrEqualTo(0);
			}
			patiently(screen, () -> "3".equals(screen.text(By.id("screen-ballots"))));

			host.clickConfirmingAndAwaitPage(By.id("live-close"), zh("evaluation.live.close.confirm"));
			// a single press counts for every dimension: (8 + 9 + 10) / 3, nothing trimmed from 3 ballots at 5 %
			patiently(screen, () -> "9.0000".equals(screen.text(By.id("screen-score"))));
		}
		finally {
			phones.forEach(Browser::close);
		}
		// the centre closes the campaign and publishes: the results file is then the frozen snapshot
		setup.close(campaignId, null, EvaluationFixture.CENTRE);
		publisher.publish(campaignId, null, EvaluationFixture.CENTRE);

		Path ledger = Files.write(files.resolve("ledger.jsonl"), fetch("/api/v1/campaigns/" + campaignId + "/ledger"));
		Path results = Files.write(files.resolve("results.csv"),
				fetch("/api/v1/campaigns/" + campaignId + "/results.csv"));
		String output = verify(ledger, results);
		assertThat(output).contains("campaign " + campaignId + ", 4 entries (seq 0..3), chain intact").endsWith("OK\n");
		assertThat(Files.readAllLines(results, StandardCharsets.UTF_8).get(2)).isEqualTo("#head,3,"
				+ jdbc.sql("select ledger_hash from evaluation_publication where campaign_id = :id and withdrawn_at is null")
					.param("id", campaignId)
					.query(String.class)
					.single());
		Map<String, String> verified = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			Matcher row = RANKING_ROW.matcher(line);
			if (row.matches()) {
				verified.put(row.group(2), row.group(1) + " " + row.group(7));
			}
		}
		Map<String, String> published = new LinkedHashMap<>();
		for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (fields.length > 7 && fields[0].matches("\\d+")) {
				published.put(fields[0], (fields[6].isEmpty() ? "-" : fields[6]) + " " + (fields[4].isEmpty() ? "-" : fields[4]));
			}
		}
		assertThat(verified).isEqualTo(published)
			.containsEntry(Long.toString(department), "1 9.0000")
			.containsEntry(Long.toString(next), "- -");
	}

	/**
	 * Waits up to a minute for the live screen: with five browsers, the server and the build on two cores, a pushed
	 * update can take longer than the usual patience to be painted.
	 */
	private static void patiently(Browser browser, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(100))
			.ignoring(StaleElementReferenceException.class)
			.until(d -> condition.getAsBoolean());
	}

	/** {@code java tools/VerifyLedger.java ledger results} with the JDK running the tests; must exit 0. */
	private static String verify(Path ledger, Path results) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "tools/VerifyLedger.java", ledger.toString(), results.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	/** A download from the API as the demo centre account, with HTTP Basic. */
	private byte[] fetch(String path) throws IOException, InterruptedException {
		String basic = Base64.getEncoder().encodeToString("admin:zhuqi-admin".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		return response.body();
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
