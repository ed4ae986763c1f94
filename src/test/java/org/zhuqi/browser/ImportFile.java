package org.zhuqi.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An {@code .xlsx} import file made the way a clerk makes one: from the downloaded template, keeping its header
 * row and filling rows like its example row, with other values in some columns (named by their header).
 */
final class ImportFile {

	private static final int HEADER_ROW = 0;

	private static final int EXAMPLE_ROW = 1;

	private final XSSFWorkbook workbook;

	private final XSSFSheet sheet;

	private final Map<String, Integer> columns = new HashMap<>();

	/** The template's example row, which the added rows imitate (it is removed, so it is not imported). */
	private final List<ExampleCell> example = new ArrayList<>();

	private int rows;

	private ImportFile(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.sheet = workbook.getSheetAt(0);
		DataFormatter text = new DataFormatter();
		for (Cell cell : sheet.getRow(HEADER_ROW)) {
			columns.put(text.formatCellValue(cell), cell.getColumnIndex());
		}
		Row exampleRow = sheet.getRow(EXAMPLE_ROW);
		for (Cell cell : exampleRow) {
			example.add(new ExampleCell(cell.getColumnIndex(), cell.getCellType(),
					cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null,
					cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue() : 0, cell.getCellStyle()));
		}
		sheet.removeRow(exampleRow);
	}

	/** One cell of the example row: its column, type, value and style (a date is a formatted number). */
	private record ExampleCell(int column, CellType type, String text, double number, CellStyle style) {

		void copyTo(Row row) {
			Cell cell = row.createCell(column);
			cell.setCellStyle(style);
			if (type == CellType.STRING) {
				cell.setCellValue(text);
			}
			else if (type == CellType.NUMERIC) {
				cell.setCellValue(number);
			}
		}

	}

	/** Opens a template as the import page offers it for download. */
	static ImportFile fromTemplate(byte[] template) {
		try {
			return new ImportFile(new XSSFWorkbook(new ByteArrayInputStream(template)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The template's column headers, left to right. */
	List<String> headers() {
		return columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
	}

	/**
	 * Adds a row below the header like the template's example, but with these values by header, and returns
	 * its row number as Excel shows it.
	 */
	int addRow(Map<String, String> valuesByHeader) {
		Row row = sheet.createRow(EXAMPLE_ROW + rows++);
		example.forEach(cell -> cell.copyTo(row));
		valuesByHeader.forEach((header, value) -> cell(row, header).setCellValue(value));
		return row.getRowNum() + 1;
	}

	/** Writes the workbook to a file of this name in the folder and returns its absolute path. */
	Path writeTo(Path folder, String fileName) {
		Path file = folder.resolve(fileName).toAbsolutePath();
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
			workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private Cell cell(Row row, String header) {
		Integer column = columns.get(header);
		if (column == null) {
			throw new IllegalArgumentException("the template has no column " + header + ": " + headers());
		}
		Cell cell = row.getCell(column);
		return cell != null ? cell : row.createCell(column);
	}

}
