package org.zhuqi.directory.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an {@code .xlsx} workbook with POI's SAX event API, so a large file never
 * becomes a large object tree. Numbers arrive as plain decimals whatever their display format
 * ({@code 1,234.50} is read as {@code 1234.5}), and cells formatted as dates as {@code yyyy-MM-dd}. The
 * opened package and its shared strings are kept between readings until {@link #close()}.
 */
final class XlsxReader implements TableReader {

	private final byte[] content;

	private OPCPackage workbook;

	private XSSFReader reader;

	private ReadOnlySharedStringsTable strings;

	XlsxReader(byte[] content) {
		this.content = content;
	}

	/** Opens the workbook far enough to know it is one, without reading its rows. */
	static void check(byte[] content) throws UnreadableFileException {
		OPCPackage workbook = open(content);
		try {
			if (!new XSSFReader(workbook).getSheetsData().hasNext()) {
				throw new UnreadableFileException("workbook has no sheet", null);
			}
		}
		catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException ex) {
			throw new UnreadableFileException("not a workbook", ex);
		}
		finally {
			workbook.revert();
		}
	}

	@Override
	public void read(RowVisitor visitor) throws UnreadableFileException {
		try {
			if (workbook == null) {
				workbook = open(content);
				reader = new XSSFReader(workbook);
				strings = new ReadOnlySharedStringsTable(workbook);
			}
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("workbook has no sheet", null);
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, new Rows(visitor),
						new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
				| OpenXML4JRuntimeException ex) {
			throw new UnreadableFileException("cannot read workbook", ex);
		}
	}

	@Override
	public void close() {
		if (workbook != null) {
			workbook.revert();
			workbook = null;
		}
	}

	private static OPCPackage open(byte[] content) throws UnreadableFileException {
		try {
			return OPCPackage.open(new ByteArrayInputStream(content));
		}
		catch (IOException | OpenXML4JException | POIXMLException | OpenXML4JRuntimeException
				| org.apache.poi.UnsupportedFileFormatException ex) {
			throw new UnreadableFileException("not a workbook", ex);
		}
	}

	/** Collects the cells of each row, filling gaps left by empty cells. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowVisitor visitor;

		private final List<String> cells = new ArrayList<>();

		Rows(RowVisitor visitor) {
			this.visitor = visitor;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			visitor.row(rowNum + 1, List.copyOf(cells));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
		}

	}

	/**
	 * Formats numbers as plain decimals (the shortest that round-trips the stored double, so {@code 0.1} stays
	 * {@code 0.1}) and date-formatted numbers as ISO dates, ignoring how the sheet displays them.
	 */
	static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
			return (decimal.scale() < 0 ? decimal.setScale(0) : decimal).toPlainString();
		}

	}

}
