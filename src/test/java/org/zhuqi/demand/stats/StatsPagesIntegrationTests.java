package org.zhuqi.demand.stats;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.Urgency;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/** The figures pages and the ranking export, for each role. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StatsPagesIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	long department;

	long cadre;

	String cadreName;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		department = directory.department("区统计页面局");
		cadreName = "页面干部" + System.nanoTime() % 100_000;
		cadre = directory.cadre(cadreName, department);
		long enterprise = directory.enterprise("统计页面企业");
		directory.pair(enterprise, cadre);
		Viewer ent = Viewer.enterprise("ent-pages", enterprise);
		Viewer dept = Viewer.department("dept-pages", department);
		for (int i = 0; i < CadreRanking.MINIMUM_VOLUME; i++) {
			FilingForm form = new FilingForm();
			form.setCategoryCode("HOUSING");
			form.setTitle("人才公寓申请");
			form.setDescription("新引进人才申请公寓");
			form.setUrgency(Urgency.NORMAL);
			long id = workflow.file(form, ent).getId();
			workflow.act(id, null, new DemandCommand.Assign(department, null, null), ADMIN);
			workflow.act(id, null, new DemandCommand.Accept(null), dept);
			workflow.act(id, null, new DemandCommand.Resolve("已安排"), dept);
			workflow.act(id, null, new DemandCommand.Rate(Satisfaction.SATISFIED, null), ent);
		}
	}

	@Test
	void theCentreSeesFiguresWithTablesPerDepartmentStreetCategoryAndCadre() throws Exception {
		mvc.perform(get("/stats/demands").param("department", String.valueOf(department)).param("sort", "-total")
			.with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fig-total\">5<")))
			.andExpect(content().string(containsString("区统计页面局")))
			.andExpect(content().string(containsString(cadreName)))
			.andExpect(content().string(containsString("人才住房")))
			.andExpect(content().string(containsString("100.0%")))
			.andExpect(content().string(containsString("/stats/cadres")));
	}

	@Test
	void theCadreTableAnswersHtmxWithItsFragment() throws Exception {
		mvc.perform(get("/stats/demands").param("cadre", String.valueOf(cadre)).header("HX-Request", "true")
			.with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cadres\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aBadFilterIsShownOnThePageInsteadOfFigures() throws Exception {
		mvc.perform(get("/stats/demands").param("from", "2026-13-45").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("开始日期格式应为")))
			.andExpect(content().string(not(containsString("fig-total"))));
		mvc.perform(get("/stats/demands").param("street", "NOWHERE").with(as(ADMIN)))
			.andExpect(content().string(containsString("NOWHERE")))
			.andExpect(content().string(not(containsString("fig-total"))));
	}

	@Test
	void departmentsAndCadresSeeTheirOwnFiguresButNoRanking() throws Exception {
		mvc.perform(get("/stats/demands").with(as(Viewer.department("dept-pages", department))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本部门诉求统计")))
			.andExpect(content().string(containsString("id=\"fig-total\">5<")))
			.andExpect(content().string(not(containsString("/stats/cadres"))));
		mvc.perform(get("/stats/demands").with(as(Viewer.cadre("cadre-pages", cadre))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fig-total\">5<")));
		mvc.perform(get("/stats/cadres").with(as(Viewer.department("dept-pages", department))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/stats/cadres/export").with(as(Viewer.cadre("cadre-pages", cadre))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/stats/demands").with(as(Viewer.enterprise("ent-pages", 1L)))).andExpect(status().isForbidden());
	}

	@Test
	void theCentreSeesAndExportsTheRanking() throws Exception {
		// the page's links carry its query string, which MockMvc sets only from the address itself
		mvc.perform(get("/stats/cadres?department=" + department).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cadreName)))
			.andExpect(content().string(containsString("100.00")))
			.andExpect(content().string(containsString("/stats/cadres/export?department=" + department)));

		byte[] xlsx = mvc.perform(get("/stats/cadres/export").param("department", String.valueOf(department))
			.with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxTable.MEDIA_TYPE))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
			List<String> names = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					names.add(row.getCell(1).getStringCellValue());
				}
			}
			assertThat(names).contains(cadreName);
			Row ours = sheet.getRow(1 + names.indexOf(cadreName));
			assertThat(ours.getCell(3).getNumericCellValue()).isEqualTo(CadreRanking.MINIMUM_VOLUME);
			assertThat(ours.getCell(7).getNumericCellValue()).isEqualTo(100.0);
		}
	}

}
