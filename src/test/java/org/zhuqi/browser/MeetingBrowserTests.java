package org.zhuqi.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordination meeting (专题协调会) in a real browser: the centre records a meeting on a key problem it finds
 * with the agenda's live search, with the demo department as attendee, adds a decision owned by that
 * department with a due date; the department's handler finds the item among its own open action items and
 * marks it done with a note, after which the meeting shows it done.
 */
@BrowserTest
class MeetingBrowserTests {

	/** The department the demo login {@code dept} belongs to. */
	private static final String DEMO_DEPARTMENT = "JXJ";

	private static final By SAVE = By.cssSelector("form.form > .actions button[type=submit].primary");

	@LocalServerPort
	private int port;

	@Autowired
	private MessageSource messages;

	@Autowired
	private Clock clock;

	@Autowired
	private DemandWorkflow workflow;

	@Autowired
	private Directory directory;

	@Test
	void centreRecordsAMeetingWithAnAgendaAndADecisionThatTheOwnerDepartmentMarksDone(Browser browser) {
		String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
		long department = directory.departmentByCode(DEMO_DEPARTMENT).orElseThrow().id();
		String problemTitle = "厂房用电增容" + token;
		long problem = keyProblem(new AdminApi(port).registerEnterprise("西湖" + token + "协调测试有限公司"), department,
				problemTitle);
		String meetingTitle = "用电保障专题协调会" + token;
		String decision = "供电公司两周内完成增容勘查" + token;

		browser.signInAsAdmin().open("/meetings");
		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href$='/meetings/new']"));
		browser.setValue(By.id("heldOn"), today().toString())
			.type(By.id("title"), meetingTitle)
			.select(By.id("convenerDepartmentId"), String.valueOf(department));
		browser.find(By.cssSelector("input[name='attendingDepartmentIds'][value='" + department + "']")).click();
		browser.search(By.id("agendaQ"), token);
		browser.find(By.cssSelector("#agenda-choices input[name='agenda'][value='" + problem + "']")).click();
		browser.clickAndAwaitPage(SAVE);

		assertThat(browser.path()).matches("/meetings/\\d+");
		String meetingPage = browser.path();
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(meetingTitle);
		assertThat(browser.text(By.cssSelector("#agenda ol"))).contains(problemTitle);

		browser.type(By.id("description"), decision)
			.select(By.id("ownerDepartmentId"), String.valueOf(department))
			.setValue(By.id("dueOn"), today().plusDays(14).toString())
			.select(By.id("demandId"), String.valueOf(problem))
			.clickAndAwaitPage(By.cssSelector("#new-action button[type=submit]"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("actionItem.saved"));
		WebElement item = browser.find(By.xpath("//div[contains(@class,'action-item')][.//strong[text()='" + decision + "']]"));
		String itemId = item.getDomAttribute("id");
		assertThat(item.getText()).contains(zh("actionItem.status.open"));

		browser.signOut().signIn("dept", "zhuqi-dept").open("/action-items");
		By card = By.id(itemId);
		assertThat(browser.text(card)).contains(decision, meetingTitle);
		browser.clickAndAwaitPage(By.cssSelector("#" + itemId + " button.mark-done"));
		assertThat(browser.text(By.cssSelector(".alert.error"))).isEqualTo(zh("actionItem.note.required"));
		browser.type(By.cssSelector("#" + itemId + " textarea[name='note']"), "勘查已完成，增容方案已报批")
			.clickAndAwaitPage(By.cssSelector("#" + itemId + " button.mark-done"));
		assertThat(browser.text(By.cssSelector(".alert.ok"))).isEqualTo(zh("actionItem.done.saved"));
		assertThat(browser.has(card)).as("no longer among the open items").isFalse();

		browser.open(meetingPage);
		assertThat(browser.text(card)).contains(zh("actionItem.status.done"), "勘查已完成，增容方案已报批")
			.doesNotContain(zh("actionItem.overdue"));
		assertThat(browser.has(By.cssSelector("#" + itemId + " button.mark-done"))).isFalse();
	}

	/** A problem of the enterprise, assigned to the department, marked complex and escalated to a key problem. */
	private long keyProblem(long enterpriseId, long departmentId, String title) {
		Viewer centre = Viewer.admin("admin");
		FilingForm form = new FilingForm();
		form.setEnterpriseId(enterpriseId);
		form.setCategoryCode("SPACE");
		form.setTitle(title);
		form.setDescription("新建产线用电负荷不足，申请增容");
		long id = workflow.file(form, centre).getId();
		workflow.act(id, null, new DemandCommand.Assign(departmentId, null, null), centre);
		workflow.act(id, null, new DemandCommand.MarkComplex("涉及供电与规划"), centre);
		workflow.act(id, null, new DemandCommand.Escalate("需专题协调"), centre);
		return id;
	}

	private String zh(String key, Object... arguments) {
		return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.SIMPLIFIED_CHINESE);
	}

	/** Today in the district, as the application sees it. */
	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
