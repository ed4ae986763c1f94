package org.zhuqi.directory.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhuqi.directory.enterprise.Enterprises;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.zhuqi.account.TestViewers.as;
import static org.zhuqi.directory.transfer.ImportFixtures.ADMIN;
import static org.zhuqi.directory.transfer.ImportFixtures.ZH_HEADERS;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.readSheet;
import static org.zhuqi.directory.transfer.ImportFixtures.uscc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ImportPagesIntegrationTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Imports imports;

	@Autowired
	private Enterprises enterprises;

	@Autowired
	private Clock clock;

	@Autowired
	private ImportJobs jobs;

	@Autowired
	private ImportRecovery recovery;

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static byte[] oneGoodRow(String name) {
		return ImportFixtures.xlsx(ZH_HEADERS, List.of(List.of(name, uscc(), "西湖街道", "I", "小",
				new BigDecimal("300000"), LocalDate.of(2012, 12, 12), "周九", "13712345678", "专精特新")));
	}

	private long jobIdOf(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/imports/");
		return Long.parseLong(location.substring("/imports/".length()));
	}

	@Test
	void onlyTheServiceCentreOpensImports() throws Exception {
		for (Viewer viewer : List.of(Viewer.cadre("cadre-u", 1), Viewer.department("dept-u", 1),
				Viewer.enterprise("ent-u", 1))) {
			mvc.perform(get("/imports").with(as(viewer))).andExpect(status().isForbidden());
			mvc.perform(get("/imports/template/enterprise.xlsx").with(as(viewer))).andExpect(status().isForbidden());
			mvc.perform(multipart("/imports").file(file("a.xlsx", oneGoodRow("越权公司")))
				.param("kind", "ENTERPRISE")
				.with(csrf())
				.with(as(viewer))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/imports").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/imports"))
			.andExpect(model().attribute("kinds", List.of(ImportKind.ENTERPRISE, ImportKind.DEPARTMENT, ImportKind.CADRE,
					ImportKind.PAIRING)))
			.andExpect(content().string(containsString("批量导入")));
		mvc.perform(get("/imports").param("lang", "en").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bulk import")));
	}

	@Test
	void refusesUploadsThatAreEmptyOrNotSpreadsheets() throws Exception {
		byte[] csvText = "企业名称,统一社会信用代码\n甲,乙\n".getBytes(StandardCharsets.UTF_8);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		byte[] oldXls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		record Case(String name, byte[] content, String code) {
		}
		List<Case> cases = List.of(new Case("empty.xlsx", new byte[0], "import.file.empty"),
				new Case("notes.txt", csvText, "import.file.type"),
				new Case("renamed.xlsx", csvText, "import.file.notXlsx"),
				new Case("picture.csv", png, "import.file.notCsv"),
				new Case("old.xls", oldXls, "import.file.xls"),
				new Case("zip.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 }, "import.file.notXlsx"));
		for (Case c : cases) {
			mvc.perform(multipart("/imports").file(file(c.name(), c.content()))
				.param("kind", "ENTERPRISE")
				.with(csrf())
				.with(as(ADMIN)))
				.andExpect(status().isOk())
				.andExpect(view().name("directory/imports"))
				.andExpect(model().attributeHasFieldErrorCode("upload", "file", c.code()));
		}
		mvc.perform(multipart("/imports").param("kind", "ENTERPRISE").with(csrf()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("upload", "file", "import.file.empty"));
		mvc.perform(multipart("/imports").file(file("a.xlsx", oneGoodRow("无类型公司")))
			.param("kind", "SPACESHIP")
			.with(csrf())
			.with(as(ADMIN))).andExpect(model().attributeHasFieldErrorCode("upload", "kind", "import.kind.unknown"));
		byte[] tooLarge = new byte[(int) imports.maxFileSize().toBytes() + 1];
		tooLarge[0] = 'a';
		mvc.perform(multipart("/imports").file(file("huge.csv", tooLarge))
			.param("kind", "ENTERPRISE")
			.with(csrf())
			.with(as(ADMIN))).andExpect(model().attributeHasFieldErrorCode("upload", "file", "import.file.tooLarge"));
	}

	@Test
	void showsProgressThenTheProblemReportOfAnUpload() throws Exception {
		String name = "页面导入" + ImportFixtures.token();
		byte[] file = ImportFixtures.xlsx(ZH_HEADERS,
				List.of(List.of(name, uscc(), "西湖街道", "I", "小", new BigDecimal("300000"), LocalDate.of(2012, 12, 12),
						"周九", "13712345678", "专精特新"),
						List.of(name + "坏", uscc(), "西湖街道", "I", "巨型", "300000", "2012-12-12", "周九", "13712345678",
								"")));
		MvcResult upload = mvc
			.perform(multipart("/imports").file(file("页面.xlsx", file))
				.param("kind", "ENTERPRISE")
				.with(csrf())
				.with(as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = jobIdOf(upload);
		await(imports, id);

		String page = mvc.perform(get("/imports/" + id).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document html = Jsoup.parse(page);
		assertThat(html.select("#job").attr("hx-trigger")).isEmpty();
		assertThat(html.select("#job").attr("data-status")).isEqualTo("DONE");
		assertThat(html.select("[data-count=created]").text()).isEqualTo("1");
		assertThat(html.select("[data-count=failed]").text()).isEqualTo("1");
		assertThat(html.select(".problems tbody tr")).singleElement().satisfies(row -> {
			assertThat(row.attr("data-row")).isEqualTo("3");
			assertThat(row.select("td").get(1).text()).isEqualTo("企业规模");
			assertThat(row.select("td").get(2).text()).isEqualTo("未知的企业规模：巨型（应为 大、中、小、微 之一）");
		});

		Document english = Jsoup.parse(mvc.perform(get("/imports/" + id).param("lang", "en").with(as(ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(english.select("h1").text()).isEqualTo("Import #" + id);
		assertThat(english.select(".problems h2").text()).isEqualTo("Problems");

		String partial = mvc.perform(get("/imports/" + id).header("HX-Request", "true").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partial).startsWith("<section id=\"job\"").doesNotContain("<html");

		String list = mvc.perform(get("/imports").with(as(ADMIN))).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("#jobs a[href=/imports/" + id + "]")).isNotEmpty();
		assertThat(enterprises.findAll().stream().filter(e -> e.getName().equals(name))).hasSize(1);
	}

	@Test
	void pollsEverySecondWhileAJobIsQueuedOrRunning() throws Exception {
		long id = jobs.create(ImportKind.ENTERPRISE, "waiting.xlsx", ADMIN.username());
		try {
			Document queued = Jsoup.parse(mvc.perform(get("/imports/" + id).with(as(ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(queued.select("#job").attr("hx-get")).isEqualTo("/imports/" + id);
			assertThat(queued.select("#job").attr("hx-trigger")).isEqualTo("every 1s");
			assertThat(queued.select("#job").attr("data-status")).isEqualTo("QUEUED");

			jobs.markRunning(id);
			jobs.setTotal(id, 200);
			jobs.progress(id, new ImportJobs.Counters(50, 40, 0, 0, 10), List.of());
			Document running = Jsoup.parse(mvc.perform(get("/imports/" + id).header("HX-Request", "true").with(as(ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			assertThat(running.select("#job").attr("hx-trigger")).isEqualTo("every 1s");
			assertThat(running.select("[role=progressbar]").attr("aria-valuenow")).isEqualTo("25");
			assertThat(running.text()).contains("已处理 50 / 200 行");
		}
		finally {
			jobs.finish(id, ImportStatus.FAILED, "test over");
		}
	}

	@Test
	void failsJobsThatARestartLeftUnfinished() {
		long queued = jobs.create(ImportKind.ENTERPRISE, "lost.xlsx", ADMIN.username());
		long running = jobs.create(ImportKind.ENTERPRISE, "half.xlsx", ADMIN.username());
		jobs.markRunning(running);

		recovery.failInterruptedJobs();

		for (long id : List.of(queued, running)) {
			ImportJob job = imports.job(id, ADMIN);
			assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
			assertThat(job.message()).isEqualTo("导入因系统重启而中断，请重新上传文件");
			assertThat(job.finishedAt()).isNotNull();
		}
	}

	@Test
	void templatesParseAndTheirExampleRowImportsCleanly() throws Exception {
		MvcResult xlsx = mvc.perform(get("/imports/template/enterprise.xlsx").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"enterprise-import-template.xlsx\"; filename*=UTF-8''"
							+ "%E4%BC%81%E4%B8%9A%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx"))
			.andReturn();
		byte[] workbook = xlsx.getResponse().getContentAsByteArray();
		List<List<String>> rows = readSheet(workbook);
		assertThat(rows.get(0)).containsExactlyElementsOf(ZH_HEADERS);
		assertThat(rows).hasSize(2);

		MvcResult csv = mvc.perform(get("/imports/template/enterprise.csv").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn();
		byte[] csvBytes = csv.getResponse().getContentAsByteArray();
		assertThat(csvBytes).startsWith(0xEF, 0xBB, 0xBF);
		String csvText = new String(csvBytes, StandardCharsets.UTF_8);
		assertThat(csvText.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(",", ZH_HEADERS));

		MvcResult english = mvc.perform(get("/imports/template/enterprise.xlsx").param("lang", "en").with(as(ADMIN)))
			.andReturn();
		List<List<String>> englishRows = readSheet(english.getResponse().getContentAsByteArray());
		assertThat(englishRows.get(0)).startsWith("Enterprise name", "Unified social credit code");

		for (MvcResult template : List.of(xlsx, csv, english)) {
			String name = template == csv ? "template.csv" : "template.xlsx";
			MvcResult upload = mvc
				.perform(multipart("/imports").file(file(name, template.getResponse().getContentAsByteArray()))
					.param("kind", "ENTERPRISE")
					.with(csrf())
					.with(as(ADMIN)))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			ImportJob job = await(imports, jobIdOf(upload));
			assertThat(job.status()).isEqualTo(ImportStatus.DONE);
			assertThat(job.totalRows()).isEqualTo(1);
			assertThat(job.failedCount()).as("problems of %s", name).isZero();
		}
		mvc.perform(get("/imports/template/spaceship.xlsx").with(as(ADMIN))).andExpect(status().isNotFound());
	}

	@Test
	void exportsTheFilteredListAndTheExportImportsBackUnchanged() throws Exception {
		String prefix = "往返" + ImportFixtures.token();
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(List.of(prefix + "企业" + i, uscc(), i % 2 == 0 ? "北山街道" : "双浦镇", "ABCDE".substring(i, i + 1),
					List.of("大", "中", "小", "微", "小").get(i), new BigDecimal("1234567.8").add(BigDecimal.valueOf(i)),
					LocalDate.of(1999 + i, 2, 28), "联系人" + i, i == 4 ? "0571-87654321" : "1351234567" + i,
					i == 0 ? "" : "规上企业、高新技术企业"));
		}
		ImportJob seeded = await(imports, imports.start(ImportKind.ENTERPRISE, "seed.xlsx",
				ImportFixtures.xlsx(ZH_HEADERS, rows), ADMIN, Locale.SIMPLIFIED_CHINESE));
		assertThat(seeded.createdCount()).isEqualTo(5);

		for (String lang : List.of("zh_CN", "en")) {
			MvcResult export = mvc.perform(get("/enterprises/export").param("q", prefix).param("lang", lang).with(as(ADMIN)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(XLSX))
				.andReturn();
			String disposition = export.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
			String today = LocalDate.now(clock).toString();
			assertThat(disposition).contains("filename=\"enterprises-" + today + ".xlsx\"");
			if (lang.equals("zh_CN")) {
				assertThat(disposition).contains("filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%BD%95-" + today + ".xlsx");
			}
			byte[] exported = export.getResponse().getContentAsByteArray();
			List<List<String>> sheet = readSheet(exported);
			assertThat(sheet).hasSize(6);
			if (lang.equals("zh_CN")) {
				assertThat(sheet.get(0)).containsExactlyElementsOf(ZH_HEADERS);
			}

			ImportJob again = await(imports, imports.start(ImportKind.ENTERPRISE, "export.xlsx", exported, ADMIN,
					Locale.forLanguageTag(lang.replace('_', '-'))));

			assertThat(again.status()).isEqualTo(ImportStatus.DONE);
			assertThat(again.totalRows()).isEqualTo(5);
			assertThat(again.unchangedCount()).as("unchanged after a round trip in %s", lang).isEqualTo(5);
			assertThat(again.createdCount() + again.updatedCount() + again.failedCount()).isZero();
		}
	}

	@Test
	void exportStaysWithinTheViewersScope() throws Exception {
		String name = "范围" + ImportFixtures.token();
		await(imports, imports.start(ImportKind.ENTERPRISE, "scope.xlsx", oneGoodRow(name), ADMIN,
				Locale.SIMPLIFIED_CHINESE));
		long id = enterprises.findAll().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow().getId();

		MvcResult export = mvc.perform(get("/enterprises/export").with(as(Viewer.enterprise("own-staff", id))))
			.andExpect(status().isOk())
			.andReturn();

		List<List<String>> sheet = readSheet(export.getResponse().getContentAsByteArray());
		assertThat(sheet).hasSize(2);
		assertThat(sheet.get(1).get(0)).isEqualTo(name);
	}

}
