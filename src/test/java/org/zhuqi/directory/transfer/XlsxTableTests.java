package org.zhuqi.directory.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhuqi.system.XlsxTable;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared {@code .xlsx} writer, as exports use it. */
class XlsxTableTests {

	private static XSSFWorkbook write(XlsxTable table) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		table.writeTo(out);
		table.close();
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

	@Test
	void writesTypedCellsUnderABoldFrozenHeader() throws Exception {
		XlsxTable table = new XlsxTable("企业名录", List.of("名称", "资本", "日期", "人数", "启用", "空"));
		table.add("西湖科技", new BigDecimal("1234567.80"), LocalDate.of(2018, 6, 1), 42, true, null);

		try (XSSFWorkbook workbook = write(table)) {
			Sheet sheet = workbook.getSheet("企业名录");
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("名称");
			assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("西湖科技");
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234567.8);
			assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
			assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 6, 1));
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(42);
			assertThat(row.getCell(4).getBooleanCellValue()).isTrue();
			assertThat(row.getCell(5)).isNull();
		}
	}

	@Test
	void keepsDecimalsBeyondExcelsPrecisionAsText() throws Exception {
		XlsxTable table = new XlsxTable("s", List.of("资本"));
		table.add(new BigDecimal("12345678901234567.89"));

		try (XSSFWorkbook workbook = write(table)) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("12345678901234567.89");
		}
	}

	@Test
	void widensColumnsForLongValuesCountingChineseCharactersDouble() throws Exception {
		XlsxTable table = new XlsxTable("s", List.of("名称", "代码"));
		table.add("杭州西湖区某某某某科技有限公司", "X");

		try (XSSFWorkbook workbook = write(table)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getColumnWidth(0)).isGreaterThan(30 * 256);
			assertThat(sheet.getColumnWidth(1)).isLessThan(10 * 256);
		}
	}

	@Test
	void streamsManyRows() throws Exception {
		XlsxTable table = new XlsxTable("s", List.of("编号", "名称"));
		for (int i = 0; i < 5_000; i++) {
			table.add(i, "企业" + i);
		}

		assertThat(table.size()).isEqualTo(5_000);
		try (XSSFWorkbook workbook = write(table)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
			assertThat(workbook.getSheetAt(0).getRow(5_000).getCell(1).getStringCellValue()).isEqualTo("企业4999");
		}
	}

	@Test
	void offersAChineseFileNameWithAnAsciiFallback() {
		assertThat(XlsxTable.attachment("企业名录 2026.xlsx", "enterprises 2026.xlsx"))
			.isEqualTo("attachment; filename=\"enterprises_2026.xlsx\"; "
					+ "filename*=UTF-8''%E4%BC%81%E4%B8%9A%E5%90%8D%E5%BD%95%202026.xlsx");
	}

}
