package org.zhuqi.directory.transfer;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.directory.enterprise.Enterprise;
import org.zhuqi.directory.enterprise.Enterprises;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhuqi.directory.transfer.ImportFixtures.ADMIN;
import static org.zhuqi.directory.transfer.ImportFixtures.ZH_HEADERS;
import static org.zhuqi.directory.transfer.ImportFixtures.await;
import static org.zhuqi.directory.transfer.ImportFixtures.uscc;

@SpringBootTest
@ActiveProfiles("test")
class EnterpriseImportIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(EnterpriseImportIntegrationTests.class);

	@Autowired
	private Imports imports;

	@Autowired
	private Enterprises enterprises;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcClient jdbc;

	private long start(String fileName, byte[] content, Locale locale) {
		return imports.start(ImportKind.ENTERPRISE, fileName, content, ADMIN, locale);
	}

	private List<RowProblem> problems(long jobId) {
		return imports.problems(jobId, PageRequest.of(0, 100), ADMIN).getContent();
	}

	private static List<Object> row(String name, String uscc, String street, String industry, String size,
			Object capital, Object founded, String contact, String phone, String tags) {
		List<Object> row = new ArrayList<>();
		row.add(name);
		row.add(uscc);
		row.add(street);
		row.add(industry);
		row.add(size);
		row.add(capital);
		row.add(founded);
		row.add(contact);
		row.add(phone);
		row.add(tags);
		return row;
	}

	@Test
	void importsGoodRowsAndReportsEachBadRowByRowNumberColumnAndReason() {
		String good = uscc();
		String excelTyped = uscc();
		String afterFallback = uscc();
		String wrongCheck = ImportFixtures.withWrongCheckCharacter(uscc());
		char wrongCheckExpected = Uscc.checkCharacter(wrongCheck.substring(0, 17));
		String tooManyTags = "一,二,三,四,五,六,七,八,九,十,十一";
		List<List<Object>> rows = new ArrayList<>();
		// row 2: good, codes and names as text
		rows.add(row("良好科技有限公司", good, "西溪街道", "I", "小", "5000000", "2018-06-01", "王五", "13812345678",
				"高新技术企业、专精特新"));
		// row 3: wrong check character
		rows.add(row("校验码错误公司", wrongCheck, "XIXI", "C", "中", "100", "2019-01-01", "李四", "13812345679", null));
		// row 4: blank, skipped
		rows.add(null);
		// row 5: unknown street
		rows.add(row("火星公司", uscc(), "火星街道", "C", "中", "100", "2019-01-01", "李四", "13812345679", null));
		// row 6: bad phone
		rows.add(row("电话错误公司", uscc(), "北山街道", "C", "LARGE", "100", "2019-01-01", "李四", "12345", null));
		// row 7: missing name
		rows.add(row(null, uscc(), "北山街道", "C", "大", "100", "2019-01-01", "李四", "13812345679", null));
		// row 8: repeats row 2's code (lower case)
		rows.add(row("重复公司", good.toLowerCase(Locale.ROOT), "北山街道", "C", "大", "100", "2019-01-01", "李四",
				"13812345679", null));
		// row 9: good, typed as Excel types them: date cell, formatted number, phone as a number, size in Chinese
		rows.add(row("类型丰富有限公司", excelTyped, "三墩镇", "制造业", "微", new BigDecimal("1234567.89"),
				LocalDate.of(2020, 2, 29), "赵六", null, "规上企业"));
		rows.get(rows.size() - 1).set(8, 13912345678L);
		// row 10: eleven tags, refused by the service inside a batch
		rows.add(row("标签太多公司", uscc(), "北山街道", "C", "大", "100", "2019-01-01", "李四", "13812345679",
				tooManyTags));
		// row 11: good, in the same batch as row 10
		rows.add(row("批次同伴有限公司", afterFallback, "BEISHAN", "M 科学研究和技术服务业", "MEDIUM", "1,000,000.50",
				"2015/3/8", "钱七", "0571-88886666", null));
		byte[] file = ImportFixtures.xlsx(ZH_HEADERS, rows);

		ImportJob job = await(imports, start("企业.xlsx", file, Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.totalRows()).isEqualTo(9);
		assertThat(job.processedRows()).isEqualTo(9);
		assertThat(job.createdCount()).isEqualTo(3);
		assertThat(job.failedCount()).isEqualTo(6);
		List<RowProblem> problems = problems(job.id());
		assertThat(problems).extracting(RowProblem::rowNumber, RowProblem::column)
			.containsExactly(tuple(3, "统一社会信用代码"), tuple(5, "街道/镇"), tuple(6, "联系电话"), tuple(7, "企业名称"),
					tuple(8, "统一社会信用代码"), tuple(10, "标签"));
		assertThat(problems.get(0).reason()).contains("校验码错误").contains("应为 " + wrongCheckExpected);
		assertThat(problems.get(1).reason()).isEqualTo("未知的街道/镇：火星街道");
		assertThat(problems.get(2).reason()).contains("有效的手机号");
		assertThat(problems.get(3).reason()).isEqualTo("必填，不能为空");
		assertThat(problems.get(4).reason()).contains("与第 2 行重复");
		assertThat(problems.get(5).reason()).isEqualTo("标签最多 10 个");

		Enterprise first = enterprises.findByUscc(good).orElseThrow();
		assertThat(first.getStreetCode()).isEqualTo("XIXI");
		assertThat(first.tagNames()).containsExactlyInAnyOrder("高新技术企业", "专精特新");
		Enterprise typed = enterprises.findByUscc(excelTyped).orElseThrow();
		assertThat(typed.getFoundedOn()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(typed.getRegisteredCapital()).isEqualByComparingTo("1234567.89");
		assertThat(typed.getContactPhone()).isEqualTo("13912345678");
		assertThat(typed.getSizeClass()).isEqualTo(SizeClass.MICRO);
		assertThat(typed.getIndustryCode()).isEqualTo("C");
		assertThat(typed.getStreetCode()).isEqualTo("SANDUN");
		Enterprise companion = enterprises.findByUscc(afterFallback).orElseThrow();
		assertThat(companion.getIndustryCode()).isEqualTo("M");
		assertThat(companion.getRegisteredCapital()).isEqualByComparingTo("1000000.50");
		assertThat(companion.getContactPhone()).isEqualTo("0571-88886666");
		assertThat(enterprises.findByUscc(wrongCheck)).isEmpty();
		assertThat(audit.history(ImportPipeline.AUDIT_TYPE, job.id(), 5)).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("imported"));

		ImportJob again = await(imports, start("企业.xlsx", file, Locale.SIMPLIFIED_CHINESE));

		assertThat(again.status()).isEqualTo(ImportStatus.DONE);
		assertThat(again.createdCount()).isZero();
		assertThat(again.updatedCount()).isZero();
		assertThat(again.unchangedCount()).isEqualTo(3);
		assertThat(again.failedCount()).isEqualTo(6);
	}

	@Test
	void reportsProblemsInTheUploadersLanguageUnderTheFilesOwnHeaders() {
		List<String> headers = List.of("Contact phone", "Enterprise name", "USCC", "Street / town", "Industry section",
				"Size", "Registered capital (yuan)", "Founded on", "Contact person", "Tags", "Remarks");
		String code = uscc();
		List<List<Object>> rows = List.of(
				List.of("13812345678", "English Headers Ltd", code, "Xihu Subdistrict", "Finance", "Large", "1e6",
						"2001-09-09", "Li Si", "", "ignored"),
				List.of("13812345678", "Bad Capital Ltd", uscc(), "Xihu Subdistrict", "J", "Huge", "a lot", "tomorrow",
						"Li Si", "", ""));

		ImportJob job = await(imports,
				start("en.csv", ImportFixtures.csv(headers, rows, StandardCharsets.UTF_8, false), Locale.ENGLISH));

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(1);
		assertThat(job.message()).isEqualTo("Columns not recognised and ignored: Remarks");
		assertThat(problems(job.id())).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(3, "Size", "Unknown size class: Huge (use Large, Medium, Small or Micro)"),
					tuple(3, "Registered capital (yuan)", "Not a number: a lot"),
					tuple(3, "Founded on", "Not a date: tomorrow (use yyyy-MM-dd or an Excel date)"));
		Enterprise imported = enterprises.findByUscc(code).orElseThrow();
		assertThat(imported.getRegisteredCapital()).isEqualByComparingTo("1000000");
		assertThat(imported.getIndustryCode()).isEqualTo("J");
	}

	@Test
	void importsCsvSavedByChineseExcelInGbk() {
		String code = uscc();
		List<List<Object>> rows = List.of(List.of("国标编码有限公司", code, "灵隐街道", "F", "小", "￥200,000元",
				"2010年5月4日", "孙八", "13612345678", "规上企业，专精特新"));

		ImportJob job = await(imports, start("gbk.csv",
				ImportFixtures.csv(ZH_HEADERS, rows, java.nio.charset.Charset.forName("GBK"), false),
				Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(1);
		Enterprise imported = enterprises.findByUscc(code).orElseThrow();
		assertThat(imported.getName()).isEqualTo("国标编码有限公司");
		assertThat(imported.getStreetCode()).isEqualTo("LINGYIN");
		assertThat(imported.getRegisteredCapital()).isEqualByComparingTo("200000");
		assertThat(imported.getFoundedOn()).isEqualTo(LocalDate.of(2010, 5, 4));
		assertThat(imported.tagNames()).containsExactlyInAnyOrder("规上企业", "专精特新");
	}

	@Test
	void findsTheHeaderBelowATitleRowAndKeepsExcelRowNumbers() {
		String code = uscc();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(null);
		rows.add(new ArrayList<>(ZH_HEADERS));
		rows.add(row("标题下公司", code, "古荡街道", "K", "中", "800000", "2016-07-07", "吴十", "13512345678", null));
		rows.add(row("标题下坏公司", uscc(), "古荡街道", "K", "中", "-1", "2016-07-07", "吴十", "13512345678", null));

		ImportJob job = await(imports,
				start("title.xlsx", ImportFixtures.xlsx(List.of("2026年企业名录（导入）"), rows), Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.totalRows()).isEqualTo(2);
		assertThat(job.createdCount()).isEqualTo(1);
		assertThat(problems(job.id())).extracting(RowProblem::rowNumber, RowProblem::column)
			.containsExactly(tuple(5, "注册资本(元)"));
		assertThat(enterprises.findByUscc(code)).isPresent();
	}

	@Test
	void finishesAFileWithOnlyAHeaderSayingNothingWasImported() {
		ImportJob job = await(imports, start("header-only.csv",
				ImportFixtures.csv(ZH_HEADERS, List.of(), StandardCharsets.UTF_8, true), Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.totalRows()).isZero();
		assertThat(job.message()).isEqualTo("表头下面没有数据行，没有导入任何内容");
	}

	@Test
	void failsAFileWhoseRowsNameNoKnownColumn() {
		byte[] file = ImportFixtures.csv(List.of("甲", "乙"), List.of(List.of("1", "2")), StandardCharsets.UTF_8, false);

		ImportJob job = await(imports, start("strange.csv", file, Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.message()).isEqualTo("在文件开头找不到表头行：请使用模板中的列名");
		assertThat(audit.history(ImportPipeline.AUDIT_TYPE, job.id(), 5)).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("failed"));
	}

	@Test
	void refusesAFileWithoutTheRequiredColumnsAsAWhole() {
		byte[] file = ImportFixtures.csv(List.of("企业名称", "统一社会信用代码"),
				List.of(List.of("缺列公司", uscc())), StandardCharsets.UTF_8, true);

		ImportJob job = await(imports, start("short.csv", file, Locale.SIMPLIFIED_CHINESE));

		assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(job.message()).startsWith("缺少必需的列：街道/镇、行业门类、企业规模");
		assertThat(job.createdCount()).isZero();
	}

	@Test
	void importsTenThousandRowsWellWithinThirtySeconds() {
		int count = 10_000;
		String prefix = "万行" + ImportFixtures.token();
		List<List<Object>> rows = new ArrayList<>(count);
		String[] streets = { "北山街道", "西溪街道", "灵隐街道", "三墩镇" };
		String[] sizes = { "大", "中", "小", "微" };
		for (int i = 0; i < count; i++) {
			rows.add(row(prefix + "企业" + i, uscc(), streets[i % 4], String.valueOf((char) ('A' + i % 20)),
					sizes[i % 4], new BigDecimal(1000 + i), LocalDate.of(2000 + i % 25, 1 + i % 12, 1 + i % 28),
					"联系人" + i, "138" + String.format("%08d", i), i % 3 == 0 ? "规上企业、高新技术企业" : null));
		}
		byte[] file = ImportFixtures.xlsx(ZH_HEADERS, rows);
		long started = System.nanoTime();
		long cpuStarted = processCpuNanos();

		ImportJob job = await(imports, start("big.xlsx", file, Locale.SIMPLIFIED_CHINESE),
				java.time.Duration.ofSeconds(120));

		long millis = (System.nanoTime() - started) / 1_000_000;
		long cpuMillis = (processCpuNanos() - cpuStarted) / 1_000_000;
		log.info("Imported {} enterprise rows ({} KB xlsx) in {} ms wall time, {} ms CPU time of the whole JVM "
				+ "(on {} cores, shared with whatever else runs)", count, file.length / 1024, millis, cpuMillis,
				Runtime.getRuntime().availableProcessors());
		assertThat(job.status()).isEqualTo(ImportStatus.DONE);
		assertThat(job.createdCount()).isEqualTo(count);
		assertThat(job.failedCount()).isZero();
		// the target is 30 s on an idle 2-core machine; the bound is loose because other builds may share it
		assertThat(millis).isLessThan(90_000);
		// the database is shared by every test of the run: do not leave ten thousand enterprises behind
		jdbc.sql("delete from enterprise where name like :prefix").param("prefix", prefix + "%").update();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
