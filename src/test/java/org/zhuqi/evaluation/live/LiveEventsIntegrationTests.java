package org.zhuqi.evaluation.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterRoll;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * The event streams over a real connection: the big screen's stream starts with the current state and brings a
 * ballot within a second; the voters' stream brings the host's changes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveEventsIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(1);

	@LocalServerPort
	int port;

	@Autowired
	LiveHost host;

	@Autowired
	ScreenKeys screenKeys;

	@Autowired
	BallotBox box;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	JsonMapper json;

	@Test
	void theScreensStreamEmitsAnUpdateWithinASecondOfABallot() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long department = fixture.department("区应急管理局");
		Campaign campaign = fixture.draft(List.of(department), List.of());
		List<String> tokens = fixture.voters(campaign.getId(), 3);
		long campaignId = fixture.open(campaign).getId();
		host.start(campaignId, CENTRE);
		host.act(campaignId, HostAction.OPEN_VOTING, null, 120, CENTRE);

		try (Stream<String> lines = stream("/screen/" + campaignId + "/events?key=" + screenKeys.keyOf(campaignId))) {
			BlockingQueue<JsonNode> states = states(lines);
			JsonNode first = states.poll(10, TimeUnit.SECONDS);
			assertThat(first).as("the current state when the stream opens").isNotNull();
			assertThat(first.get("round").asString()).isEqualTo("OPEN");
			assertThat(first.get("ballots").asInt()).isZero();
			assertThat(first.get("eligible").asInt()).isEqualTo(3);

			long cast = System.nanoTime();
			assertThat(box.cast(new BallotRequest(campaignId, department, tokens.get(0), List.of(9, 9, 9, 9), null,
					Channel.PHONE, UUID.randomUUID().toString())).accepted()).isTrue();
			JsonNode next = states.poll(WITHIN.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(next).as("an update within %s of the ballot", WITHIN).isNotNull();
			assertThat(Duration.ofNanos(System.nanoTime() - cast)).isLessThan(WITHIN);
			assertThat(next.get("ballots").asInt()).isEqualTo(1);

			host.act(campaignId, HostAction.CLOSE_VOTING, null, null, CENTRE);
			JsonNode closed = states.poll(5, TimeUnit.SECONDS);
			assertThat(closed.get("round").asString()).isEqualTo("CLOSED");
			assertThat(closed.get("score").asString()).isEqualTo("9.0000");
		}
	}

	@Test
	void theVotersStreamBringsTheHostsChangesWithoutTheVoter() throws Exception {
		EvaluationFixture fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		long department = fixture.department("区退役军人事务局");
		Campaign campaign = fixture.draft(List.of(department), List.of());
		List<String> tokens = fixture.voters(campaign.getId(), 1);
		long campaignId = fixture.open(campaign).getId();

		try (Stream<String> lines = stream("/vote/" + tokens.get(0) + "/events")) {
			BlockingQueue<JsonNode> states = states(lines);
			JsonNode first = states.poll(10, TimeUnit.SECONDS);
			assertThat(first.get("started").asBoolean()).isFalse();
			host.start(campaignId, CENTRE);
			JsonNode started = states.poll(5, TimeUnit.SECONDS);
			assertThat(started.get("started").asBoolean()).isTrue();
			assertThat(started.get("departmentId").asLong()).isEqualTo(department);
			assertThat(started.get("voted").isNull()).isTrue();
		}
	}

	private Stream<String> stream(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/event-stream")
			.GET()
			.build();
		CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
		HttpResponse<Stream<String>> opened = response.get(10, TimeUnit.SECONDS);
		assertThat(opened.statusCode()).isEqualTo(200);
		return opened.body();
	}

	/** The {@code state} events' data as they arrive, read on a thread of their own. */
	private BlockingQueue<JsonNode> states(Stream<String> lines) {
		BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();
		Thread reader = new Thread(() -> lines.filter(line -> line.startsWith("data:"))
			.forEach(line -> states.add(json.readTree(line.substring("data:".length())))), "sse-reader");
		reader.setDaemon(true);
		reader.start();
		return states;
	}

}
