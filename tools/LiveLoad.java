import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the live session (现场测评) of Zhuqi's evaluation module: plays a whole session against a
 * running server through its HTTP interfaces only. JDK only, one file:
 *
 * <pre>
 * java tools/LiveLoad.java --url http://localhost:18080 --user admin --password secret --voters 1032 --departments 20
 * </pre>
 *
 * Set-up (through {@code /api/v1}, HTTP Basic): creates the departments (the live group plus {@code --online}
 * online ones) and one enterprise per voter (valid credit codes), drafts a campaign, enrols the voters, issues
 * their credentials, opens it and starts the live session. The server must run with
 * {@code zhuqi.bench.enabled=true} for the no-op endpoint.
 * <p>
 * Then, per live department:
 * the host opens the round, every voter presses once at a random moment within the same second (voter pages as
 * {@code POST /vote/{token}/ballots}, sent by {@code --clients} connections; a press waits for a free connection
 * like a phone waits for the network), retrying like the voter page (same idempotency key) on a network error or
 * a 5xx; the host closes the round; the count stored is read back from the server. Meanwhile a background stream
 * of {@code --online-rate} ballots a second goes to the online departments. Per burst it prints ballots sent,
 * accepted, stored, lost, throughput and latency percentiles, measured from the press (including the wait for a
 * connection) and from the request's sending. Last, on the same server, now warm, it sends the no-op JSON POST
 * ({@code POST /vote/bench/echo}, same filter chain and body shape as a ballot) with {@code --clients} closed-loop
 * clients for {@code --warmup-seconds}, then measures its rate for {@code --echo-seconds}, and states the best
 * burst's ballot rate as a percentage of it. Exits with status 1 if any ballot is lost (accepted but not
 * stored, or never answered) or any answer was not ACCEPTED.
 */
public class LiveLoad {

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final Pattern BALLOTS = Pattern.compile("\"ballots\"\\s*:\\s*(\\d+)");

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private final Map<String, String> options;

	private final String url;

	private final String basic;

	private final HttpClient http;

	private final Random random = new Random();

	private final String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

	LiveLoad(Map<String, String> options) {
		this.options = options;
		this.url = option("url", "http://localhost:18080").replaceAll("/$", "");
		this.basic = "Basic " + Base64.getEncoder()
			.encodeToString((option("user", "admin") + ":" + option("password", "")).getBytes(StandardCharsets.UTF_8));
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(8))
			.build();
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		System.exit(new LiveLoad(options).play() ? 0 : 1);
	}

	private String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	private int number(String name, int fallback) {
		return Integer.parseInt(option(name, Integer.toString(fallback)));
	}

	/** One burst's figures. */
	record Burst(String label, int sent, int accepted, int refused, int failed, int stored, long firstSendNanos,
			long lastAnswerNanos, long[] pressLatencies, long[] requestLatencies, int retries) {

		int lost() {
			return sent - stored;
		}

		double seconds() {
			return (lastAnswerNanos - firstSendNanos) / 1e9;
		}

		double throughput() {
			return accepted / seconds();
		}

	}

	boolean play() throws Exception {
		int voters = number("voters", 1032);
		int liveCount = number("departments", 20);
		int onlineCount = number("online", 5);
		int clients = number("clients", 200);
		int onlineRate = number("online-rate", 20);
		int countdown = number("countdown", 120);
		int warmupSeconds = number("warmup-seconds", 15);
		int echoSeconds = number("echo-seconds", 10);
		System.out.printf("LiveLoad %s: %d voters, %d live + %d online departments, %d clients, "
				+ "%d online ballots/s in the background, run %s%n", url, voters, liveCount, onlineCount, clients,
				onlineRate, run);

		long setupStart = System.nanoTime();
		List<Long> live = departments("L", liveCount);
		List<Long> online = departments("O", onlineCount);
		List<Long> enterprises = enterprises(voters);
		long campaign = campaign(live, online);
		post("/api/v1/campaigns/" + campaign + "/voters", "{\"enterpriseIds\": " + enterprises + "}", 200);
		List<String> tokens = new ArrayList<>();
		Matcher tokenMatcher = TOKEN.matcher(post("/api/v1/campaigns/" + campaign + "/credentials", "", 200));
		while (tokenMatcher.find()) {
			tokens.add(tokenMatcher.group(1));
		}
		if (tokens.size() != voters) {
			throw new IllegalStateException("issued " + tokens.size() + " credentials for " + voters + " voters");
		}
		post("/api/v1/campaigns/" + campaign + "/open", "", 200);
		post("/api/v1/campaigns/" + campaign + "/live/start", "", 200);
		System.out.printf("set-up: campaign %d, %d credentials, in %.1f s%n", campaign, tokens.size(),
				(System.nanoTime() - setupStart) / 1e9);

		ExecutorService pool = Executors.newFixedThreadPool(clients);
		Background background = new Background(online, tokens, onlineRate);
		Thread backgroundThread = new Thread(background, "online-ballots");
		backgroundThread.start();
		List<Burst> bursts = new ArrayList<>();
		try {
			for (int i = 0; i < live.size(); i++) {
				bursts.add(burst("burst " + (i + 1), campaign, live.get(i), tokens, pool, countdown));
				if (i + 1 < live.size()) {
					action(campaign, "NEXT", null);
				}
			}
		}
		finally {
			background.stop.set(true);
			backgroundThread.join();
			pool.shutdown();
		}

		double echoRate = echo(clients, warmupSeconds, echoSeconds);

		String results = get("/api/v1/campaigns/" + campaign + "/results");
		int storedOnline = 0;
		for (long department : online) {
			storedOnline += storedFor(results, department);
		}
		int storedAll = intOf(Pattern.compile("\"ballots\"\\s*:\\s*(\\d+)\\s*,\\s*\"live\"").matcher(results));

		System.out.println();
		System.out.println("| burst | sent | accepted | stored | lost | refused | failed | retries | time s | "
				+ "ballots/s | press p50/p95/p99 ms | request p50/p95/p99 ms |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
		int sent = 0;
		int accepted = 0;
		int stored = 0;
		int lost = 0;
		boolean allAccepted = true;
		boolean p99Met = true;
		double best = 0;
		for (Burst burst : bursts) {
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %.2f | %.0f | %s | %s |%n",
					burst.label(), burst.sent(), burst.accepted(), burst.stored(), burst.lost(), burst.refused(),
					burst.failed(), burst.retries(), burst.seconds(), burst.throughput(),
					percentiles(burst.pressLatencies()), percentiles(burst.requestLatencies()));
			sent += burst.sent();
			accepted += burst.accepted();
			stored += burst.stored();
			lost += burst.lost();
			allAccepted &= burst.accepted() == burst.sent();
			p99Met &= percentile(burst.pressLatencies(), 99) < 200;
			best = Math.max(best, burst.throughput());
		}
		boolean onlineIntact = storedOnline == background.accepted.get() && background.failed.get() == 0;
		System.out.println();
		System.out.printf(Locale.ROOT, "live ballots: sent %d, accepted %d, stored %d, lost %d%n", sent, accepted,
				stored, lost);
		System.out.printf(Locale.ROOT, "online ballots (background): sent %d, accepted %d, stored %d, refused %d, "
				+ "failed %d%n", background.sent.get(), background.accepted.get(), storedOnline,
				background.refused.get(), background.failed.get());
		System.out.printf(Locale.ROOT, "all ballots stored per the server's results: %d%n", storedAll);
		System.out.printf(Locale.ROOT, "no-op JSON POST (after the bursts): %.0f req/s (%d clients, %d s after %d s "
				+ "warm-up)%n", echoRate, clients, echoSeconds, warmupSeconds);
		System.out.printf(Locale.ROOT, "best burst throughput %.0f ballots/s = %.0f %% of the no-op POST rate%n",
				best, 100 * best / echoRate);
		System.out.printf(Locale.ROOT, "every burst accepted: %s; p99 (from the press) < 200 ms in every burst: %s%n",
				allAccepted ? "yes" : "NO", p99Met ? "yes" : "NO");
		boolean ok = lost == 0 && allAccepted && onlineIntact && storedAll == stored + storedOnline;
		System.out.println(ok ? "OK: no ballot lost" : "FAILED: ballots lost or refused");
		return ok;
	}

	// ---- the no-op POST ----

	private double echo(int clients, int warmupSeconds, int seconds) throws InterruptedException {
		closedLoop(clients, warmupSeconds);
		long count = closedLoop(clients, seconds);
		return count / (double) seconds;
	}

	private long closedLoop(int clients, int seconds) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpResponse<String> response = http.send(json(url + "/vote/bench/echo",
								"{\"department\": 12, \"score\": 8, \"idempotencyKey\": \"echo-0000000001\"}"),
								HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == 200) {
							done.incrementAndGet();
						}
						else {
							errors.incrementAndGet();
						}
					}
					catch (IOException ex) {
						errors.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (errors.get() > 0) {
			System.out.printf("no-op POST: %d errors (is zhuqi.bench.enabled=true?)%n", errors.get());
		}
		return done.get();
	}

	// ---- a burst ----

	private Burst burst(String label, long campaign, long department, List<String> tokens, ExecutorService pool,
			int countdown) throws Exception {
		action(campaign, "OPEN_VOTING", countdown);
		int n = tokens.size();
		long[] press = new long[n];
		long[] request = new long[n];
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		AtomicInteger retries = new AtomicInteger();
		AtomicLong firstSend = new AtomicLong(Long.MAX_VALUE);
		AtomicLong lastAnswer = new AtomicLong();
		ConcurrentLinkedQueue<String> verdicts = new ConcurrentLinkedQueue<>();
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		// every voter presses at a random moment within the same second, in order of their press
		Integer[] order = new Integer[n];
		long[] at = new long[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
			at[i] = start + (long) (random.nextDouble() * 1e9);
		}
		Arrays.sort(order, (a, b) -> Long.compare(at[a], at[b]));
		CountDownLatch done = new CountDownLatch(n);
		for (Integer voter : order) {
			pool.execute(() -> {
				try {
					long wait = at[voter] - System.nanoTime();
					if (wait > 0) {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					String key = "ll-" + run + "-" + department + "-" + voter;
					String body = "{\"department\": " + department + ", \"score\": " + (1 + random.nextInt(10))
							+ ", \"idempotencyKey\": \"" + key + "\"}";
					long sentAt = System.nanoTime();
					firstSend.accumulateAndGet(sentAt, Math::min);
					String verdict = null;
					for (int attempt = 0; attempt < 20 && verdict == null; attempt++) {
						if (attempt > 0) {
							retries.incrementAndGet();
							Thread.sleep(Math.min(8000, 500L << Math.min(4, attempt - 1)));
						}
						verdict = cast(tokens.get(voter), body);
					}
					long answeredAt = System.nanoTime();
					lastAnswer.accumulateAndGet(answeredAt, Math::max);
					press[voter] = answeredAt - Math.min(at[voter], sentAt);
					request[voter] = answeredAt - sentAt;
					if (count(verdict, accepted, refused, failed)) {
						verdicts.add(verdict);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		String closed = action(campaign, "CLOSE_VOTING", null);
		int stored = intOf(BALLOTS.matcher(closed));
		if (!verdicts.isEmpty()) {
			System.out.println(label + " refusals: " + new ArrayList<>(verdicts).subList(0, Math.min(10, verdicts.size())));
		}
		Burst burst = new Burst(label, n, accepted.get(), refused.get(), failed.get(), stored, firstSend.get(),
				lastAnswer.get(), press, request, retries.get());
		System.out.printf(Locale.ROOT, "%s: department %d, sent %d, accepted %d, stored %d, lost %d, %.0f ballots/s, "
				+ "press p50/p95/p99 %s ms, request p50/p95/p99 %s ms%n", label, department, burst.sent(),
				burst.accepted(), burst.stored(), burst.lost(), burst.throughput(), percentiles(press),
				percentiles(request));
		return burst;
	}

	/** Counts an answer ({@code null}: never answered); whether it was a refusal. */
	private static boolean count(String verdict, AtomicInteger accepted, AtomicInteger refused, AtomicInteger failed) {
		if (verdict == null) {
			failed.incrementAndGet();
			return false;
		}
		if (verdict.equals("ACCEPTED")) {
			accepted.incrementAndGet();
			return false;
		}
		refused.incrementAndGet();
		return true;
	}

	/** One attempt of a voter page: the verdict, or {@code null} to retry (network error, timeout, 5xx). */
	private String cast(String token, String body) throws InterruptedException {
		try {
			HttpResponse<String> response = http.send(
					json(url + "/vote/" + token + "/ballots", body),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 500) {
				return null;
			}
			Matcher verdict = VERDICT.matcher(response.body());
			return verdict.find() ? verdict.group(1) : "HTTP_" + response.statusCode();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Ballots for the online departments at a steady rate while the live session runs. */
	private final class Background implements Runnable {

		final AtomicBoolean stop = new AtomicBoolean();

		final AtomicInteger sent = new AtomicInteger();

		final AtomicInteger accepted = new AtomicInteger();

		final AtomicInteger refused = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		private final List<String> tokens;

		private final List<Long> online;

		private final int rate;

		Background(List<Long> online, List<String> tokens, int rate) {
			this.online = online;
			this.tokens = tokens;
			this.rate = rate;
		}

		@Override
		public void run() {
			if (rate <= 0 || online.isEmpty()) {
				return;
			}
			List<int[]> slots = new ArrayList<>();
			for (int d = 0; d < online.size(); d++) {
				for (int v = 0; v < tokens.size(); v++) {
					slots.add(new int[] { d, v });
				}
			}
			Collections.shuffle(slots, new Random(7));
			ExecutorService senders = Executors.newFixedThreadPool(8);
			long interval = 1_000_000_000L / rate;
			long next = System.nanoTime();
			for (int[] slot : slots) {
				if (stop.get()) {
					break;
				}
				long wait = next - System.nanoTime();
				if (wait > 0) {
					try {
						TimeUnit.NANOSECONDS.sleep(wait);
					}
					catch (InterruptedException ex) {
						break;
					}
				}
				next += interval;
				long department = online.get(slot[0]);
				String body = "{\"department\": " + department + ", \"score\": " + (1 + random.nextInt(10))
						+ ", \"idempotencyKey\": \"on-" + run + "-" + department + "-" + slot[1] + "\"}";
				sent.incrementAndGet();
				senders.execute(() -> {
					try {
						String verdict = null;
						for (int attempt = 0; attempt < 5 && verdict == null; attempt++) {
							verdict = cast(tokens.get(slot[1]), body);
						}
						count(verdict, accepted, refused, failed);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
			}
			senders.shutdown();
			try {
				senders.awaitTermination(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	// ---- set-up through the API ----

	private List<Long> departments(String group, int count) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String body = "{\"code\": \"LL-%s-%s%d\", \"name\": \"压测%s单位%s-%d\", \"kind\": \"BUREAU\", \"active\": true}"
				.formatted(run, group, i, group.equals("L") ? "现场" : "网评", run, i);
			ids.add(idOf(post("/api/v1/departments", body, 201)));
		}
		return ids;
	}

	private List<Long> enterprises(int count) throws Exception {
		long started = System.nanoTime();
		Long[] ids = new Long[count];
		long base = Math.abs(random.nextLong() % 900_000_000L);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		AtomicInteger failures = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			int index = i;
			pool.execute(() -> {
				try {
					String first17 = "91330106" + String.format("%09d", (base + index) % 1_000_000_000L);
					String body = """
							{"name": "压测企业%s-%d", "uscc": "%s", "streetCode": "XIXI", "industryCode": "I",
							 "sizeClass": "SMALL", "registeredCapital": 1000000, "foundedOn": "2020-01-01",
							 "contactName": "张三", "contactPhone": "138%08d"}"""
						.formatted(run, index, first17 + checkCharacter(first17), index);
					ids[index] = idOf(post("/api/v1/enterprises", body, 201));
				}
				catch (Exception ex) {
					if (failures.incrementAndGet() < 5) {
						System.out.println("enterprise " + index + ": " + ex.getMessage());
					}
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		pool.shutdown();
		if (failures.get() > 0) {
			throw new IllegalStateException(failures.get() + " enterprises could not be created");
		}
		System.out.printf("set-up: %d enterprises created in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
		return Arrays.asList(ids);
	}

	private long campaign(List<Long> live, List<Long> online) throws Exception {
		LocalDateTime now = LocalDateTime.now(DISTRICT);
		DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
		String body = """
				{"name": "压测现场测评 %s", "periodLabel": "压测", "scale": "TEN_POINT", "trimPercent": 5,
				 "opensAt": "%s", "closesAt": "%s",
				 "dimensions": [{"nameZh": "服务态度", "nameEn": "Service attitude", "weight": 30},
				                {"nameZh": "办事效率", "nameEn": "Efficiency", "weight": 30},
				                {"nameZh": "政策落实", "nameEn": "Policy delivery", "weight": 20},
				                {"nameZh": "廉洁自律", "nameEn": "Integrity", "weight": 20}],
				 "liveDepartmentIds": %s, "onlineDepartmentIds": %s}""".formatted(run,
				iso.format(now.minusHours(1).withNano(0)), iso.format(now.plusDays(1).withNano(0)), live, online);
		return idOf(post("/api/v1/campaigns", body, 201));
	}

	private String action(long campaign, String action, Integer seconds) throws Exception {
		String body = "{\"action\": \"" + action + "\"" + (seconds == null ? "" : ", \"seconds\": " + seconds) + "}";
		return post("/api/v1/campaigns/" + campaign + "/live/actions", body, 200);
	}

	// ---- HTTP and JSON helpers ----

	/** A JSON POST without login, given up after 10 s (like the voter page). */
	private HttpRequest json(String address, String body) {
		return HttpRequest.newBuilder(URI.create(address))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private String post(String path, String body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", basic)
			.timeout(Duration.ofSeconds(120))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	private String get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
			.header("Accept", "application/json")
			.header("Authorization", basic)
			.timeout(Duration.ofSeconds(120))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static long idOf(String json) {
		Matcher id = ID.matcher(json);
		if (!id.find()) {
			throw new IllegalStateException("no id in " + json);
		}
		return Long.parseLong(id.group(1));
	}

	private static int intOf(Matcher matcher) {
		if (!matcher.find()) {
			throw new IllegalStateException("figure not found");
		}
		return Integer.parseInt(matcher.group(1));
	}

	/** A department's ballots in the results' JSON: its entry's tally. */
	private static int storedFor(String results, long department) {
		Matcher entry = Pattern.compile("\"departmentId\"\\s*:\\s*" + department + "\\s*,.*?\"ballots\"\\s*:\\s*(\\d+)")
			.matcher(results);
		return entry.find() ? Integer.parseInt(entry.group(1)) : 0;
	}

	private static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	private static long percentile(long[] nanos, int p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000;
	}

	private static String percentiles(long[] nanos) {
		return percentile(nanos, 50) + " / " + percentile(nanos, 95) + " / " + percentile(nanos, 99);
	}

}
