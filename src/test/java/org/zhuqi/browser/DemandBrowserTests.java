package org.zhuqi.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.zhuqi.attachment.TestFiles;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem (诉求) through its whole life in a real browser, each step by the role that owns it: the demo
 * enterprise files it on a phone, the service centre routes it to 区经信局, the bureau's handler accepts and
 * resolves it, the enterprise rates 不满意, which opens a rectification (整改中) that the bureau follows up and
 * fixes, the enterprise's second rating is final and the centre closes the problem. The timeline tells the
 * whole story, the enterprise's pages fit a 375 px phone, the PDF filed with the problem can be downloaded by
 * the department, and the district's figures ({@code /api/v1/stats/demands}) move with each step.
 */
@BrowserTest
class DemandBrowserTests {

	private static final By STATE = By.cssSelector(".page-head .badge.state");

	private static final String ATTACHMENT_LINKS = ".attachments-panel .attachment-list a";

	private static final By ATTACHMENTS = By.cssSelector(ATTACHMENT_LINKS);

	private static final By TIMELINE_ACTIONS = By.cssSelector("ol.timeline li .action");

	/** 区经信局, the department of the demo login {@code dept}. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	@Autowired
	private MessageSource messages;

	@Autowired
	private Directory directory;

	@LocalServerPort
	private int port;

	@Test
	void problemGoesFromFilingThroughRectificationToClosure(Browser browser) throws IOException {
		DepartmentRef bureau = directory.departmentByCode(DEMO_DEPARTMENT).orElseThrow();
		String title = "厂房屋顶漏水" + UUID.randomUUID().toString().substring(0, 8);
		AdminApi api = new AdminApi(port);
		Figures figures = new Figures(api.demandFigures());
		Path photo = Files.createTempDirectory("zhuqi-filing").resolve("屋顶漏水检测报告.pdf");
		Files.write(photo, TestFiles.pdf());

		browser.resize(Viewport.PHONE).signIn("ent", "zhuqi-ent");
		browser.open("/demands");
		assertFitsThePhone(browser, "problem list");
		browser.clickAndAwaitPage(By.cssSelector("main a.button.primary[href$='/demands/new']"));
		assertFitsThePhone(browser, "filing form");
		browser.select(By.id("categoryCode"), "SPACE");
		browser.type(By.id("title"), title);
		browser.type(By.id("description"), "二号厂房屋顶漏水，下雨天无法生产。");
		browser.find(By.cssSelector("input[name=urgency][value=URGENT]")).click();
		browser.find(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
		browser.awaitHtmx();
		browser.clickAndAwaitPage(By.cssSelector("form.filing .actions button.primary"));
		if (browser.path().startsWith("/demands/new")) {
			// the demo enterprise may have another open problem of this category: the hint asks to confirm, and
			// the file has to be chosen again, as the page says
			assertThat(browser.text(By.cssSelector("#similar .warning"))).isEqualTo(zh("demand.similar.reattach"));
			browser.find(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
			browser.clickAndAwaitPage(By.cssSelector("form.filing button[name=fileAnyway]"));
		}
		assertThat(browser.path()).matches("/demands/\\d+");
		String page = browser.path();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
		assertState(browser, "SUBMITTED");
		assertThat(browser.texts(ATTACHMENTS)).containsExactly("屋顶漏水检测报告.pdf");
		assertFitsThePhone(browser, "problem page");
		figures = figures.next(api.demandFigures());
		assertThat(figures.moved("total")).as("filed: one more problem").isEqualTo(1);
		assertThat(figures.moved("coordinated")).as("not coordinated before it is assigned").isZero();
		browser.signOut();

		browser.resize(Viewport.DESKTOP).signInAsAdmin();
		browser.open(page);
		openAction(browser, "assign");
		browser.search(By.id("assign-departmentQuery"), bureau.name());
		browser.find(By.cssSelector("#department-choices input[name=leadDepartmentId][value='" + bureau.id() + "']"))
			.click();
		browser.type(By.id("assign-note"), "请区经信局牵头办理");
		submitAction(browser, "assign");
		assertState(browser, "ASSIGNED");
		assertThat(browser.text(By.cssSelector(".demand-facts"))).contains(bureau.name());
		figures = figures.next(api.demandFigures());
		assertThat(figures.moved("coordinated")).as("assigned: coordinated").isEqualTo(1);
		assertThat(figures.moved("open")).isZero();
		browser.signOut();

		browser.signIn("dept", "zhuqi-dept");
		browser.open(page);
		Browser.Download report = browser.download(browser.find(By.cssSelector(ATTACHMENT_LINKS)).getDomAttribute("href"));
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.contentType()).startsWith("application/pdf");
		openAction(browser, "accept");
		submitAction(browser, "accept");
		assertState(browser, "IN_PROGRESS");
		openAction(browser, "resolve");
		submitAction(browser, "resolve");
		assertThat(browser.fieldError("resolve-note")).as("a resolution needs its text").isNotBlank();
		browser.type(By.id("resolve-note"), "已协调物业修缮屋顶。");
		submitAction(browser, "resolve");
		assertState(browser, "RESOLVED");
		figures = figures.next(api.demandFigures());
		assertThat(figures.moved("resolved")).as("resolved").isEqualTo(1);
		assertThat(figures.moved("open")).isEqualTo(-1);
		browser.signOut();

		browser.resize(Viewport.PHONE).signIn("ent", "zhuqi-ent");
		browser.open(page);
		rate(browser, "DISSATISFIED", "下雨仍然漏水。");
		assertState(browser, "RECTIFYING");
		figures = figures.next(api.demandFigures());
		assertThat(figures.moved("ratings")).as("rated").isEqualTo(1);
		assertThat(figures.moved("satisfied")).as("not satisfied").isZero();
		assertThat(figures.moved("open")).as("open again for rectification").isEqualTo(1);
		assertThat(browser.text(By.cssSelector(".demand-facts"))).contains(zh("demand.rectifyDueAt"),
				zh("demand.satisfaction.DISSATISFIED"));
		assertFitsThePhone(browser, "problem page in rectification");
		browser.signOut();

		browser.resize(Viewport.DESKTOP).signIn("dept", "zhuqi-dept");
		browser.open(page);
		openAction(browser, "follow-up");
		browser.type(By.id("follow-up-note"), "已上门回访，约定更换防水层。");
		submitAction(browser, "follow-up");
		assertState(browser, "RECTIFYING");
		openAction(browser, "resolve");
		browser.type(By.id("resolve-note"), "已更换整片防水层。");
		submitAction(browser, "resolve");
		assertState(browser, "RESOLVED");
		browser.signOut();

		browser.resize(Viewport.PHONE).signIn("ent", "zhuqi-ent");
		browser.open(page);
		rate(browser, "SATISFIED", "问题已解决。");
		assertState(browser, "RATED");
		figures = figures.next(api.demandFigures());
		assertThat(figures.moved("ratings")).as("the re-rating replaces the first").isZero();
		assertThat(figures.moved("satisfied")).as("the final rating counts").isEqualTo(1);
		assertThat(figures.moved("open")).isEqualTo(-1);
		assertThat(browser.texts(TIMELINE_ACTIONS)).as("the enterprise sees the whole public story").containsExactly(
				action("FILE"), action("ASSIGN"), action("ACCEPT"), action("RESOLVE"), action("RATE"),
				action("FOLLOW_UP"), action("RESOLVE"), action("RATE"));
		browser.signOut();

		browser.resize(Viewport.DESKTOP).signInAsAdmin();
		browser.open(page);
		openAction(browser, "close");
		browser.clickConfirmingAndAwaitPage(By.cssSelector("#action-close button[type=submit]"),
				zh("demand.confirm.CLOSE"));
		assertState(browser, "CLOSED");
		assertThat(browser.texts(TIMELINE_ACTIONS)).containsExactly(action("FILE"), action("ASSIGN"),
				action("ACCEPT"), action("RESOLVE"), action("RATE"), action("FOLLOW_UP"), action("RESOLVE"),
				action("RATE"), action("CLOSE"));
		List<String> entries = browser.texts(By.cssSelector("ol.timeline li"));
		assertThat(entries.get(4)).as("the dissatisfied rating opened the rectification")
			.contains(zh("demand.state.RESOLVED") + " → " + zh("demand.state.RECTIFYING"))
			.contains("下雨仍然漏水。");
		assertThat(entries.get(7)).contains(zh("demand.state.RESOLVED") + " → " + zh("demand.state.RATED"));
		assertThat(browser.has(By.cssSelector("details.action"))).as("nothing more to do on a closed problem").isFalse();
	}

	/** Two readings of the district's figures, to see what one step moved. */
	private record Figures(Map<String, Object> before, Map<String, Object> now) {

		Figures(Map<String, Object> first) {
			this(first, first);
		}

		Figures next(Map<String, Object> reading) {
			return new Figures(now, reading);
		}

		long moved(String figure) {
			return ((Number) now.get(figure)).longValue() - ((Number) before.get(figure)).longValue();
		}

	}

	private void rate(Browser browser, String level, String comment) {
		openAction(browser, "rate");
		browser.find(By.cssSelector("#action-rate input[name=level][value=" + level + "]")).click();
		browser.type(By.id("rate-note"), comment);
		submitAction(browser, "rate");
	}

	private static void openAction(Browser browser, String slug) {
		By form = By.cssSelector("#action-" + slug + " form");
		if (!browser.driver().findElement(form).isDisplayed()) {
			browser.find(By.cssSelector("#action-" + slug + " > summary")).click();
		}
		browser.find(form);
	}

	private static void submitAction(Browser browser, String slug) {
		browser.clickAndAwaitPage(By.cssSelector("#action-" + slug + " button[type=submit]"));
	}

	private void assertState(Browser browser, String state) {
		assertThat(browser.text(STATE)).isEqualTo(zh("demand.state." + state));
	}

	private static void assertFitsThePhone(Browser browser, String what) {
		assertThat(browser.horizontalOverflow()).as(what + " wider than the phone, in CSS pixels").isLessThanOrEqualTo(0);
	}

	private String action(String action) {
		return zh("demand.action." + action);
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
