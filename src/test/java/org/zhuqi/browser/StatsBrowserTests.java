package org.zhuqi.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.Urgency;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The centre's figures in a real browser: the district figures narrowed to one department, its tables sorted
 * by a column, then the best-cadre ranking (最佳联企干部) of that department and its Excel download. The
 * problems behind the figures are run through the real workflow first.
 */
@BrowserTest
class StatsBrowserTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	private DemandWorkflow workflow;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private MessageSource messages;

	@Test
	void adminSeesTheFiguresOfADepartmentAndItsBestCadreAndDownloadsTheRanking(Browser browser) throws IOException {
		String token = UUID.randomUUID().toString().substring(0, 6);
		TestDirectory directory = new TestDirectory(jdbc);
		long department = directory.department("区浏览器统计局" + token);
		String cadreName = "统计之星" + token;
		long cadre = directory.cadre(cadreName, department);
		long enterprise = directory.enterprise("浏览器统计企业" + token);
		directory.pair(enterprise, cadre);
		resolveAndRate(enterprise, department, 5);

		browser.signInAsAdmin();
		browser.clickAndAwaitPage(By.cssSelector("nav.nav a[href$='/stats/demands']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("stats.demands.heading"));

		browser.select(By.id("department"), String.valueOf(department));
		browser.clickAndAwaitPage(By.cssSelector("form.filters button[type=submit]"));
		assertThat(browser.path()).contains("department=" + department);
		assertThat(browser.text(By.id("fig-total"))).isEqualTo("5");
		assertThat(browser.text(By.id("fig-resolutionRate"))).isEqualTo("100.0%");
		assertThat(browser.text(By.id("fig-satisfactionRate"))).isEqualTo("100.0%");
		assertThat(browser.texts(By.cssSelector("#cadres tbody td:first-child"))).containsExactly(cadreName);

		browser.clickAndAwaitPage(By.cssSelector("#cadres thead a[href*='sort=total']"));
		assertThat(browser.path()).contains("sort=total").contains("department=" + department);

		browser.clickAndAwaitPage(By.cssSelector(".page-head a[href*='/stats/cadres']"));
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(zh("stats.cadres.heading"));
		List<String> first = browser.texts(By.cssSelector("#ranking tbody tr:first-child td"));
		assertThat(first).startsWith("1", cadreName).contains("100.00");
		assertThat(first.get(2)).as("the cadre's unit").startsWith("区浏览器统计局" + token);

		String export = browser.find(By.id("export")).getDomProperty("href");
		assertThat(export).contains("department=" + department);
		Browser.Download download = browser.download(export);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentDisposition()).startsWith("attachment").contains(".xlsx");
		List<List<String>> rows = rows(download.body());
		assertThat(rows.get(0)).startsWith(zh("stats.rank"), zh("stats.cadre"));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).startsWith("1", cadreName).contains("5", "100.00");
	}

	private void resolveAndRate(long enterprise, long department, int count) {
		Viewer ent = Viewer.enterprise("ent-browser-stats", enterprise);
		Viewer dept = Viewer.department("dept-browser-stats", department);
		for (int i = 0; i < count; i++) {
			long id = file(enterprise);
			workflow.act(id, null, new DemandCommand.Assign(department, null, null), ADMIN);
			workflow.act(id, null, new DemandCommand.Accept(null), dept);
			workflow.act(id, null, new DemandCommand.Resolve("已协调解决"), dept);
			workflow.act(id, null, new DemandCommand.Rate(Satisfaction.VERY_SATISFIED, null), ent);
		}
	}

	private long file(long enterprise) {
		FilingForm form = new FilingForm();
		form.setCategoryCode("RECRUITMENT");
		form.setTitle("招聘技术工人困难");
		form.setDescription("急需数控技工二十名");
		form.setUrgency(Urgency.URGENT);
		return workflow.file(form, Viewer.enterprise("ent-browser-stats", enterprise)).getId();
	}

	private static List<List<String>> rows(byte[] xlsx) throws IOException {
		DataFormatter text = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(text.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
