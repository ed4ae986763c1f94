import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small closed-loop load generator for Zhuqi, with no dependencies beyond the JDK:
 *
 * <pre>
 * java bench/LoadGenerator.java --url http://localhost:8080 --login admin:zhuqi-admin --mode session \
 *      --clients 8 --warmup 10 --seconds 30 /enterprises?q=科技 /api/v1/enterprises?q=杭州
 * </pre>
 *
 * {@code --mode session} signs in once through the login form and reuses the session cookie (how the pages
 * are used); {@code --mode basic} sends HTTP Basic on every request (how API clients call). Each client
 * requests the paths in turn; after the warm-up it prints throughput, error count and latency percentiles.
 */
public class LoadGenerator {

	public static void main(String[] args) throws Exception {
		String url = "http://localhost:8080";
		String login = "admin:zhuqi-admin";
		String mode = "session";
		int clients = 8;
		int warmup = 10;
		int seconds = 30;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--url" -> url = args[++i];
				case "--login" -> login = args[++i];
				case "--mode" -> mode = args[++i];
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Integer.parseInt(args[++i]);
				default -> paths.add(args[i]);
			}
		}
		if (paths.isEmpty()) {
			paths.add("/api/v1/enterprises?size=20");
		}
		String base = url;
		List<URI> targets = paths.stream().map(p -> URI.create(encodePath(base, p))).toList();
		List<HttpClient> http = new ArrayList<>();
		String basic = "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
		for (int c = 0; c < clients; c++) {
			HttpClient client = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5))
				.build();
			if (mode.equals("session")) {
				signIn(client, url, login);
			}
			http.add(client);
		}
		System.out.printf("%d clients, mode %s, warm-up %d s, measure %d s, paths %s%n", clients, mode, warmup,
				seconds, paths);
		run(http, targets, mode, basic, warmup, false);
		run(http, targets, mode, basic, seconds, true);
	}

	private static void run(List<HttpClient> http, List<URI> targets, String mode, String basic, int seconds,
			boolean report) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong errors = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(http.size());
		for (HttpClient client : http) {
			long[] mine = new long[2_000_000];
			latencies.add(mine);
			pool.submit(() -> {
				int n = 0;
				int next = 0;
				while (System.nanoTime() < end && n < mine.length) {
					HttpRequest.Builder request = HttpRequest.newBuilder(targets.get(next++ % targets.size()))
						.timeout(Duration.ofSeconds(30))
						.header("Accept", "application/json, text/html");
					if (mode.equals("basic")) {
						request.header("Authorization", basic);
					}
					long start = System.nanoTime();
					try {
						HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					mine[n++] = System.nanoTime() - start;
				}
				mine[mine.length - 1] = n;
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
		if (!report) {
			return;
		}
		long total = latencies.stream().mapToLong(l -> l[l.length - 1]).sum();
		long[] all = new long[(int) total];
		int at = 0;
		for (long[] l : latencies) {
			int n = (int) l[l.length - 1];
			System.arraycopy(l, 0, all, at, n);
			at += n;
		}
		Arrays.sort(all);
		System.out.printf("requests %d, errors %d, throughput %.0f req/s%n", total, errors.get(), total / (double) seconds);
		System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(all, 0.50), ms(all, 0.95),
				ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
	}

	private static void signIn(HttpClient client, String url, String login) throws Exception {
		String page = client.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String[] userPassword = login.split(":", 2);
		String form = "username=" + enc(userPassword[0]) + "&password=" + enc(userPassword[1]) + "&_csrf="
				+ enc(csrf.group(1));
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
		}
	}

	private static String encodePath(String url, String path) {
		int q = path.indexOf('?');
		if (q < 0) {
			return url + path;
		}
		StringBuilder query = new StringBuilder();
		for (String pair : path.substring(q + 1).split("&")) {
			String[] kv = pair.split("=", 2);
			if (query.length() > 0) {
				query.append('&');
			}
			query.append(enc(kv[0])).append('=').append(kv.length > 1 ? enc(kv[1]) : "");
		}
		return url + path.substring(0, q) + "?" + query;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
