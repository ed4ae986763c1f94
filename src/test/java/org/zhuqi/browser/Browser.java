package org.zhuqi.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium (never a downloaded browser or driver: Selenium Manager stays off) pointed at the
 * application under test, with the steps every browser test needs: open a page, sign in and out, fill in and
 * submit forms (waiting for the next page, reading field errors), wait for htmx to settle, answer a
 * confirmation dialog, download a file with the browser's session, change the screen size, and keep a
 * screenshot and the page source when a test fails.
 */
public final class Browser implements AutoCloseable {

	public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where failing tests leave their screenshot and page source. */
	public static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

	/** Generous, because the browser, the application and the build share two cores in CI. */
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	/**
	 * How often a wait looks again; Selenium's default of half a second would add up to a second to every
	 * page change, while a look is a single cheap script call.
	 */
	private static final Duration POLL = Duration.ofMillis(50);

	private static final String HTMX_IDLE = """
			return document.readyState === 'complete' && typeof htmx !== 'undefined'
				&& !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling');""";

	/**
	 * Counts settled htmx swaps, remembers the address of the last one and a failed htmx request, once per
	 * loaded page.
	 */
	private static final String COUNT_SWAPS = """
			if (!window.zhuqiSwaps) {
				window.zhuqiSwaps = { settled: 0, failed: null, lastUrl: null };
				document.addEventListener('htmx:afterSettle', function (e) {
					window.zhuqiSwaps.settled++;
					window.zhuqiSwaps.lastUrl = e.detail.xhr ? e.detail.xhr.responseURL : null;
				});
				document.addEventListener('htmx:responseError', function (e) {
					window.zhuqiSwaps.failed = e.detail.xhr.status + ' ' + e.detail.requestConfig.path;
				});
			}
			return window.zhuqiSwaps.settled;""";

	/** For {@link #download(String)}; never follows redirects, so a download that needs a login shows as 302. */
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(String baseUrl, Path profile, ChromeDriver driver) {
		this.baseUrl = baseUrl;
		this.profile = profile;
		this.driver = driver;
	}

	/** Starts Chromium with a fresh profile, for the application at {@code baseUrl}. */
	public static Browser start(String baseUrl, Viewport viewport) {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile;
		try {
			profile = Files.createTempDirectory("zhuqi-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--no-default-browser-check", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-extensions", "--password-store=basic",
				"--lang=zh-CN", "--user-data-dir=" + profile,
				"--window-size=" + viewport.width() + "," + viewport.height());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver;
		try {
			driver = new ChromeDriver(service, options);
		}
		catch (WebDriverException ex) {
			deleteProfile(profile);
			throw ex;
		}
		driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
		Browser browser = new Browser(baseUrl, profile, driver);
		browser.resize(viewport);
		return browser;
	}

	/** The Selenium driver, for anything these helpers do not cover. */
	public WebDriver driver() {
		return driver;
	}

	/** Opens a path of the application, e.g. {@code /enterprises?q=西湖}, and waits until it has loaded. */
	public Browser open(String path) {
		driver.get(baseUrl + path);
		awaitHtmx();
		return this;
	}

	/** The current address without scheme, host and port, e.g. {@code /enterprises?q=x}. */
	public String path() {
		URI uri = URI.create(driver.getCurrentUrl());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/**
	 * Sets the screen size; a phone is emulated as a touch device with that CSS width, so media queries and the
	 * viewport meta tag behave as on a real phone.
	 */
	public Browser resize(Viewport viewport) {
		driver.manage().window().setSize(new Dimension(viewport.width(), viewport.height()));
		if (viewport.mobile()) {
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height",
					viewport.height(), "deviceScaleFactor", 1, "mobile", true));
			driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
		}
		else {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
		}
		return this;
	}

	/** Fills in and submits the login form; afterwards the browser is on the page the login led to. */
	public Browser submitLogin(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		until(d -> !path().equals("/login") || !d.findElements(By.cssSelector(".alert.error")).isEmpty());
		awaitHtmx();
		return this;
	}

	/** Signs in and insists that it worked. */
	public Browser signIn(String username, String password) {
		submitLogin(username, password);
		if (path().startsWith("/login")) {
			throw new AssertionError("could not sign in as " + username + ": " + text(By.tagName("main")));
		}
		return this;
	}

	/** Signs in as the demo administrator that exists whenever demo mode is on (as in the test profile). */
	public Browser signInAsAdmin() {
		return signIn("admin", "zhuqi-admin");
	}

	/**
	 * Opens the user menu in the top bar, presses its sign-out button and waits for the login page that
	 * confirms it.
	 */
	public Browser signOut() {
		find(By.cssSelector("details.user-menu summary")).click();
		clickAndAwaitPage(By.cssSelector("details.user-menu form[action$='/logout'] button"));
		until(d -> path().startsWith("/login?logout"));
		return this;
	}

	/** Waits until the element is visible and returns it. */
	public WebElement find(By by) {
		return until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	public String text(By by) {
		return find(by).getText();
	}

	/** The visible text of every element found, in page order (without waiting for any). */
	public List<String> texts(By by) {
		return driver.findElements(by).stream().map(WebElement::getText).toList();
	}

	/** Whether the page has at least one such element, visible or not (without waiting). */
	public boolean has(By by) {
		return !driver.findElements(by).isEmpty();
	}

	/** Replaces the content of a text field with what a person would type. */
	public Browser type(By field, String text) {
		WebElement element = find(field);
		element.clear();
		element.sendKeys(text);
		return this;
	}

	/** Chooses the option with this value in a select box, as a person would (which fires its change event). */
	public Browser select(By field, String value) {
		new Select(find(field)).selectByValue(value);
		return this;
	}

	/**
	 * Sets a field that cannot be typed into the same way in every locale (a date picker: Chromium's segments
	 * follow the language) and fires the events typing would.
	 */
	public Browser setValue(By field, String value) {
		script("""
				arguments[0].value = arguments[1];
				arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
				arguments[0].dispatchEvent(new Event('change', { bubbles: true }));""", find(field), value);
		return this;
	}

	/**
	 * The error shown under a form field, found by the field's id (the {@code .error} of the enclosing
	 * {@code .field}); waits until it is there.
	 */
	public String fieldError(String fieldId) {
		return text(By.xpath("//*[@id='" + fieldId + "']/ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
				+ " ' field ')][1]//*[contains(concat(' ', normalize-space(@class), ' '), ' error ')]"));
	}

	/**
	 * Clicks something that loads another page (a submit button, a link) and waits until that page has
	 * loaded and htmx is idle; the page counts as replaced once a mark left on the old one is gone.
	 */
	public Browser clickAndAwaitPage(By by) {
		WebElement element = find(by);
		String mark = markPage();
		element.click();
		return awaitPageAfter(mark);
	}

	/**
	 * Clicks a button that asks for confirmation first ({@code data-confirm}), accepts the browser's dialog
	 * after checking its text, and waits for the page the button then loads.
	 */
	public Browser clickConfirmingAndAwaitPage(By by, String expectedQuestion) {
		WebElement element = find(by);
		String mark = markPage();
		element.click();
		Alert dialog = until(ExpectedConditions.alertIsPresent());
		String question = dialog.getText();
		dialog.accept();
		if (!question.equals(expectedQuestion)) {
			throw new AssertionError("confirmation asked \"" + question + "\" instead of \"" + expectedQuestion + "\"");
		}
		return awaitPageAfter(mark);
	}

	private Browser awaitPageAfter(String mark) {
		until(d -> {
			try {
				return !stillOnMarkedPage(mark);
			}
			catch (WebDriverException ex) {
				return false; // the old page is being unloaded
			}
		});
		return awaitHtmx();
	}

	/**
	 * Fetches an address of the application with this browser's cookies (so as the signed-in user), as a
	 * click on a download link would, and returns the response; the file is not saved anywhere.
	 * @param address a path such as {@code /imports/template/enterprise.xlsx}, or a full URL from an
	 * {@code href}
	 */
	public Download download(String address) {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		URI uri = URI.create(address.startsWith("http") ? address : baseUrl + address);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Cookie", cookies)
			.header("Accept", "*/*")
			.timeout(PATIENCE)
			.GET()
			.build();
		try {
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Content-Disposition").orElse(""), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("download of " + uri + " interrupted", ex);
		}
	}

	/** A response fetched by {@link #download(String)}. */
	public record Download(int status, String contentType, String contentDisposition, byte[] body) {
	}

	/**
	 * Waits (patiently) until the condition returns something other than {@code null} or {@code false}, and
	 * returns that; an element that goes stale because the page is being replaced just means "not yet".
	 */
	public <T> T until(Function<WebDriver, T> condition) {
		return new WebDriverWait(driver, PATIENCE).pollingEvery(POLL)
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** Waits until the page has loaded and htmx has no request, swap or settle under way. */
	public Browser awaitHtmx() {
		until(d -> Boolean.TRUE.equals(script(HTMX_IDLE)));
		return this;
	}

	/**
	 * Does something that should make htmx swap part of the page (type into a live search, click a pager link)
	 * and waits until that swap has settled; fails at once if the server answered with an error.
	 */
	public Browser awaitSwapAfter(Runnable action) {
		long before = ((Number) script(COUNT_SWAPS)).longValue();
		action.run();
		until(d -> {
			Object failed = script("return window.zhuqiSwaps && window.zhuqiSwaps.failed;");
			if (failed != null) {
				throw new AssertionError("htmx request failed: " + failed);
			}
			Object settled = script("return window.zhuqiSwaps ? window.zhuqiSwaps.settled : -1;");
			if (((Number) settled).longValue() < 0) {
				throw new AssertionError("the page was reloaded instead of swapped by htmx");
			}
			return ((Number) settled).longValue() > before;
		});
		return awaitHtmx();
	}

	/**
	 * Types into a live search field (one that htmx sends a moment after the last keystroke) and waits until
	 * the results for the whole text have been swapped in, not merely those for the part typed so far, which a
	 * slow machine may send on the way.
	 */
	public Browser search(By field, String text) {
		String name = find(field).getDomAttribute("name");
		awaitSwapAfter(() -> type(field, text));
		until(d -> text.equals(parameter(script("return window.zhuqiSwaps.lastUrl;"), name)));
		return awaitHtmx();
	}

	/** The value of a parameter in an address's query, or {@code null}. */
	private static String parameter(Object address, String name) {
		if (address == null) {
			return null;
		}
		String query = URI.create(address.toString()).getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			if (key.equals(name)) {
				return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	/**
	 * Leaves a mark on the loaded page; {@link #stillOnMarkedPage(String)} tells later whether the page was
	 * replaced by a full load (which drops the mark) or only changed in place.
	 */
	public String markPage() {
		String mark = UUID.randomUUID().toString();
		script("window.zhuqiPageMark = arguments[0];", mark);
		return mark;
	}

	public boolean stillOnMarkedPage(String mark) {
		return mark.equals(script("return window.zhuqiPageMark || null;"));
	}

	/** How many CSS pixels the page is wider than the screen; 0 or less means no sideways scrolling. */
	public long horizontalOverflow() {
		return ((Number) script("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
	}

	/** Whether the element is rendered and lies across the screen's width, from its left to its right edge. */
	public boolean fitsTheScreen(WebElement element) {
		return Boolean.TRUE.equals(script("""
				var r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;""", element));
	}

	public Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** Saves {@code <name>.png} and {@code <name>.html} of the current page under {@link #ARTIFACTS}. */
	public void saveArtifacts(String name) {
		String file = name.replaceAll("[^\\w.-]+", "_");
		try {
			Files.createDirectories(ARTIFACTS);
			Files.write(ARTIFACTS.resolve(file + ".png"), driver.getScreenshotAs(OutputType.BYTES));
			String source = "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource();
			Files.writeString(ARTIFACTS.resolve(file + ".html"), source, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteProfile(profile);
		}
	}

	private static void deleteProfile(Path profile) {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			// a left-over temporary profile does no harm
		}
	}

	@Override
	public String toString() {
		return "Browser[" + baseUrl + "]";
	}

}
