package org.zhuqi.directory.transfer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReaderTests {

	private record Line(int number, List<String> cells) {
	}

	private static List<Line> read(byte[] content) throws UnreadableFileException {
		List<Line> lines = new ArrayList<>();
		try (XlsxReader reader = new XlsxReader(content)) {
			reader.read((number, cells) -> lines.add(new Line(number, cells)));
		}
		return lines;
	}

	private static byte[] workbook() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("企业");
			workbook.createSheet("Second sheet").createRow(0).createCell(0).setCellValue("never read");
			CellStyle chineseDate = workbook.createCellStyle();
			chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			CellStyle builtinDate = workbook.createCellStyle();
			builtinDate.setDataFormat((short) 14);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("名称");
			header.createCell(1).setCellValue("资本");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("西湖科技");
			row.createCell(1).setCellValue(1234567.89);
			row.getCell(1).setCellStyle(money);
			row.createCell(2).setCellValue(13812345678d);
			row.createCell(3).setCellValue(LocalDate.of(2020, 2, 29));
			row.getCell(3).setCellStyle(chineseDate);
			row.createCell(4).setCellValue(LocalDate.of(2018, 6, 1));
			row.getCell(4).setCellStyle(builtinDate);
			row.createCell(6).setCellValue(0.1);
			row.createCell(7).setCellValue(true);
			row.createCell(8).setCellFormula("B2*2");
			Row later = sheet.createRow(4);
			later.createCell(1).setCellValue("隔行");
			workbook.setForceFormulaRecalculation(false);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void readsTheFirstSheetWithExcelRowNumbers() throws Exception {
		List<Line> lines = read(workbook());

		assertThat(lines).extracting(Line::number).containsExactly(1, 2, 5);
		assertThat(lines.get(0).cells()).containsExactly("名称", "资本");
		assertThat(lines.get(2).cells()).containsExactly("", "隔行");
	}

	@Test
	void readsNumbersPlainAndDatesAsIsoWhateverTheirDisplayFormat() throws Exception {
		List<String> cells = read(workbook()).get(1).cells();

		assertThat(cells.get(0)).isEqualTo("西湖科技");
		assertThat(cells.get(1)).isEqualTo("1234567.89");
		assertThat(cells.get(2)).isEqualTo("13812345678");
		assertThat(cells.get(3)).isEqualTo("2020-02-29");
		assertThat(cells.get(4)).isEqualTo("2018-06-01");
		assertThat(cells.get(5)).isEmpty();
		assertThat(cells.get(6)).isEqualTo("0.1");
		assertThat(cells.get(7)).isEqualTo("TRUE");
		assertThat(cells.get(8)).isEqualTo("2469135.78");
	}

	@Test
	void canBeReadTwice() throws Exception {
		try (XlsxReader reader = new XlsxReader(workbook())) {
			List<Integer> first = new ArrayList<>();
			List<Integer> second = new ArrayList<>();
			reader.read((number, cells) -> first.add(number));
			reader.read((number, cells) -> second.add(number));
			assertThat(second).isEqualTo(first).hasSize(3);
		}
	}

	@Test
	void refusesBytesThatAreNoWorkbook() {
		byte[] zipOfNothing = { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

		assertThatThrownBy(() -> XlsxReader.check(zipOfNothing)).isInstanceOf(UnreadableFileException.class);
		assertThatThrownBy(() -> read("名称,代码".getBytes())).isInstanceOf(UnreadableFileException.class);
	}

}
