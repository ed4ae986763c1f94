package org.zhuqi.directory.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.zhuqi.directory.reference.Uscc;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.fail;

/**
 * Test files and codes: workbooks as Excel writes them (real date cells, formatted numbers), CSV text in a
 * chosen encoding, credit codes unique within the test run (the database is shared by all tests).
 */
final class ImportFixtures {

	static final Viewer ADMIN = Viewer.admin("import-tester");

	static final List<String> ZH_HEADERS = List.of("企业名称", "统一社会信用代码", "街道/镇", "行业门类", "企业规模",
			"注册资本(元)", "成立日期", "联系人", "联系电话", "标签");

	/** Base-31 counter starting at a random point, so codes differ between runs and tests. */
	private static final AtomicLong SERIAL = new AtomicLong(ThreadLocalRandom.current().nextLong(1L << 40));

	private ImportFixtures() {
	}

	/** A valid credit code nobody else in this test run uses. */
	static String uscc() {
		long value = SERIAL.incrementAndGet();
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 9; i++) {
			digits.append(Uscc.ALPHABET.charAt((int) (value % 31)));
			value /= 31;
		}
		String first17 = "91330106" + digits.reverse();
		return first17 + Uscc.checkCharacter(first17);
	}

	/** The same code with a wrong check character. */
	static String withWrongCheckCharacter(String uscc) {
		char right = uscc.charAt(17);
		char wrong = right == '0' ? '1' : '0';
		return uscc.substring(0, 17) + wrong;
	}

	/** A short random word for unique names. */
	static String token() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

	/**
	 * A workbook as Excel saves one: {@link LocalDate} as a date cell, {@link BigDecimal} as a number shown
	 * with thousands separators, {@link Number} as a plain number, {@code null} as no cell, the rest as text.
	 * A {@code null} row leaves a blank row.
	 */
	static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				if (rows.get(r) == null) {
					continue;
				}
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (value instanceof LocalDate day) {
						cell.setCellValue(day);
						cell.setCellStyle(date);
					}
					else if (value instanceof BigDecimal decimal) {
						cell.setCellValue(decimal.doubleValue());
						cell.setCellStyle(money);
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** CSV text in an encoding, optionally with a UTF-8 byte order mark; blank rows for {@code null}. */
	static byte[] csv(List<String> headers, List<List<Object>> rows, Charset charset, boolean bom) {
		StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
		text.append(String.join(",", headers.stream().map(ImportFixtures::quoted).toList())).append("\r\n");
		for (List<Object> row : rows) {
			if (row != null) {
				List<String> cells = new ArrayList<>();
				row.forEach(value -> cells.add(value == null ? "" : quoted(value.toString())));
				text.append(String.join(",", cells));
			}
			text.append("\r\n");
		}
		return text.toString().getBytes(charset);
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("\n")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	/** The first sheet of a workbook as text, row by row, as Excel displays it. */
	static List<List<String>> readSheet(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The problems of a finished job, by row. */
	static List<RowProblem> problems(Imports imports, long jobId) {
		return imports.problems(jobId, PageRequest.of(0, 100), ADMIN).getContent();
	}

	/** Waits for a job to finish and returns it. */
	static ImportJob await(Imports imports, long id, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			ImportJob job = imports.job(id, ADMIN);
			if (!job.active()) {
				return job;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return fail("import job %d did not finish within %s", id, timeout);
	}

	static ImportJob await(Imports imports, long id) {
		return await(imports, id, Duration.ofSeconds(60));
	}

}
