package org.zhuqi.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One sheet of an {@code .xlsx} download, written row by row so that a list of any length streams in flat
 * memory (Apache POI's SXSSF keeps only a window of rows and spills the rest to a compressed temporary file).
 * The header row is bold, frozen and carries an auto filter; column widths follow the widest value seen.
 * <p>
 * Cells are typed by the values given: {@link CharSequence} as text, {@link BigDecimal} as a number with as
 * many decimals as its scale (as text when it has more than the 15 significant digits Excel keeps), other
 * {@link Number}s as numbers, {@link LocalDate} and {@link LocalDateTime} as Excel dates, {@link Boolean} as
 * a boolean, {@code null} as an empty cell; anything else as its {@code toString()}.
 *
 * <pre>{@code
 * try (XlsxTable table = new XlsxTable("企业名录", List.of("企业名称", "注册资本(元)"))) {
 *     rows.forEach(r -> table.add(r.name(), r.capital()));
 *     response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxTable.attachment("企业名录.xlsx", "enterprises.xlsx"));
 *     table.writeTo(response.getOutputStream());
 * }
 * }</pre>
 */
public final class XlsxTable implements Closeable {

	/** The media type of an {@code .xlsx} workbook. */
	public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel keeps 15 significant digits of a number; more would silently change the value. */
	private static final int EXCEL_PRECISION = 15;

	private static final int ROWS_IN_MEMORY = 200;

	private static final int MIN_WIDTH = 6;

	private static final int MAX_WIDTH = 60;

	private final SXSSFWorkbook workbook;

	private final SXSSFSheet sheet;

	private final int columns;

	private final int[] widths;

	private final CellStyle dateStyle;

	private final CellStyle dateTimeStyle;

	private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();

	private int nextRow;

	/**
	 * Starts a workbook with one sheet and its header row.
	 * @param sheetName the sheet's name (Excel allows at most 31 characters and no {@code []:*?/\})
	 * @param headers the column headers, left to right
	 */
	public XlsxTable(String sheetName, List<String> headers) {
		this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(safeSheetName(sheetName));
		this.columns = headers.size();
		this.widths = new int[columns];
		Arrays.fill(widths, MIN_WIDTH);
		this.dateStyle = style("yyyy-mm-dd");
		this.dateTimeStyle = style("yyyy-mm-dd hh:mm");
		CellStyle headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < columns; i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(headerStyle);
			widen(i, headers.get(i));
		}
		sheet.createFreezePane(0, 1);
	}

	/** Appends one row; values beyond the header's width are ignored, missing ones left empty. */
	public void add(Object... values) {
		add(Arrays.asList(values));
	}

	/** Appends one row; values beyond the header's width are ignored, missing ones left empty. */
	public void add(List<?> values) {
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < Math.min(columns, values.size()); i++) {
			Object value = values.get(i);
			if (value != null) {
				write(row.createCell(i), value);
				widen(i, display(value));
			}
		}
	}

	/** The number of data rows added so far. */
	public int size() {
		return nextRow - 1;
	}

	/** Sets the column widths and the header's auto filter, then writes the workbook. */
	public void writeTo(OutputStream out) throws IOException {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, Math.min(widths[i] + 2, MAX_WIDTH) * 256);
		}
		if (columns > 0) {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
		}
		workbook.write(out);
	}

	/** Deletes the temporary file the streamed rows were kept in. */
	@Override
	public void close() throws IOException {
		workbook.close();
	}

	/**
	 * A {@code Content-Disposition} header value that offers a download under a (Chinese) file name: RFC 5987
	 * {@code filename*} in UTF-8, with an ASCII {@code filename} for old clients.
	 */
	public static String attachment(String fileName, String asciiFallback) {
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		String ascii = asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	private void write(Cell cell, Object value) {
		if (value instanceof BigDecimal decimal) {
			int significant = decimal.scale() >= 0 ? decimal.precision() : decimal.precision() - decimal.scale();
			if (significant > EXCEL_PRECISION) {
				cell.setCellValue(decimal.toPlainString());
			}
			else {
				cell.setCellValue(decimal.doubleValue());
				cell.setCellStyle(decimalStyle(Math.max(decimal.scale(), 0)));
			}
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
		else if (value instanceof LocalDateTime dateTime) {
			cell.setCellValue(dateTime);
			cell.setCellStyle(dateTimeStyle);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	private CellStyle decimalStyle(int scale) {
		return decimalStyles.computeIfAbsent(scale,
				s -> style(s == 0 ? "#,##0" : "#,##0." + "0".repeat(s)));
	}

	private CellStyle style(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static String display(Object value) {
		if (value instanceof BigDecimal decimal) {
			// digits plus thousands separators
			String plain = decimal.toPlainString();
			return plain + ",".repeat(Math.max(0, plain.length() / 3));
		}
		if (value instanceof LocalDateTime) {
			return "yyyy-mm-dd hh:mm";
		}
		return value.toString();
	}

	private void widen(int column, String text) {
		int width = 0;
		for (int i = 0; i < text.length() && width <= MAX_WIDTH; i++) {
			// CJK and other wide characters take about two columns
			width += text.charAt(i) > 0x2E80 ? 2 : 1;
		}
		widths[column] = Math.max(widths[column], width);
	}

	private static String safeSheetName(String name) {
		String safe = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
		return safe.length() > 31 ? safe.substring(0, 31) : safe;
	}

}
