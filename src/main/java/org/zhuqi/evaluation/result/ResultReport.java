package org.zhuqi.evaluation.result;

import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.sheet.PdfFonts;

/**
 * The result report (评议结果报告) as an A4 PDF: title and period, whether published (and when), the ledger head
 * the figures come from, the three rankings, and a summary per department (score, ranks, participation, the mean
 * of each dimension, how many comments and low ballots). Chinese text is set with {@link PdfFonts}. No voter
 * identity appears.
 */
@Component
class ResultReport {

	private static final float TITLE_SIZE = 16;

	private static final float HEADING_SIZE = 12;

	private static final float TEXT_SIZE = 9;

	private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	ResultReport(MessageSource messages) {
		this.messages = messages;
	}

	void write(ResultSheet sheet, List<DepartmentSheet> departments, Locale locale, ZoneId zone, OutputStream out) {
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		paragraph(document, text("evaluation.results.report.title", locale, sheet.title()), TITLE_SIZE, Font.BOLD);
		paragraph(document, text("evaluation.results.report.period", locale, sheet.periodLabel()), TEXT_SIZE, Font.NORMAL);
		paragraph(document, sheet.published()
				? text("evaluation.results.report.publishedAt", locale, WHEN.format(sheet.publishedAt().atZone(zone)))
				: text("evaluation.results.unpublished", locale), TEXT_SIZE, Font.NORMAL);
		paragraph(document, text("evaluation.results.report.ledger", locale,
				sheet.ledgerSeq() == null ? "-" : String.valueOf(sheet.ledgerSeq()), sheet.ledgerHash() == null ? "-" : sheet.ledgerHash()),
				TEXT_SIZE, Font.NORMAL);
		paragraph(document, text("evaluation.results.report.turnout", locale, sheet.voters(), sheet.eligibleVoters(),
				sheet.ballots()), TEXT_SIZE, Font.NORMAL);
		ranking(document, text("evaluation.results.live", locale), sheet.live(), false, locale);
		ranking(document, text("evaluation.results.online", locale), sheet.online(), false, locale);
		ranking(document, text("evaluation.results.all", locale), sheet.all(), true, locale);
		summary(document, departments, locale);
		document.close();
	}

	private void ranking(Document document, String heading, List<ResultRow> rows, boolean overall, Locale locale) {
		if (rows.isEmpty()) {
			return;
		}
		paragraph(document, heading, HEADING_SIZE, Font.BOLD);
		PdfPTable table = table(new float[] { 1, 5, 1.5f, 1.5f, 1.8f, 1.8f, 1.8f });
		header(table, locale, "evaluation.results.rank", "evaluation.results.department", "evaluation.results.group",
				"evaluation.results.ballots", "evaluation.results.participation", "evaluation.results.weighted",
				"evaluation.results.trimmed");
		for (ResultRow row : rows) {
			Integer rank = overall ? row.overallRank() : row.groupRank();
			cells(table, rank, row.name(), text("evaluation.results.group." + row.group().name(), locale), row.ballots(),
					percent(row.participation()), row.weighted(), row.trimmed());
		}
		add(document, table);
	}

	private void summary(Document document, List<DepartmentSheet> departments, Locale locale) {
		if (departments.isEmpty()) {
			return;
		}
		paragraph(document, text("evaluation.results.report.summary", locale), HEADING_SIZE, Font.BOLD);
		List<DimensionDistribution> first = departments.get(0).distributions();
		float[] widths = new float[first.size() + 4];
		widths[0] = 4;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 1.6f;
		}
		PdfPTable table = table(widths);
		table.addCell(cell(text("evaluation.results.department", locale), true));
		table.addCell(cell(text("evaluation.results.trimmed", locale), true));
		first.forEach(d -> table.addCell(cell(ResultWorkbook.name(d.dimension(), locale), true)));
		table.addCell(cell(text("evaluation.results.commentCount", locale), true));
		table.addCell(cell(text("evaluation.results.lowCount", locale), true));
		for (DepartmentSheet department : departments) {
			table.addCell(cell(department.row().name(), false));
			table.addCell(cell(value(department.row().trimmed()), false));
			department.distributions().forEach(d -> table.addCell(cell(value(mean(d)), false)));
			long low = department.comments().stream().filter(Remark::low).count() + department.lowWithoutComment().size();
			table.addCell(cell(String.valueOf(department.comments().size()), false));
			table.addCell(cell(String.valueOf(low), false));
		}
		add(document, table);
	}

	/** A dimension's mean score, two decimals half up; {@code null} without ballots. */
	static BigDecimal mean(DimensionDistribution distribution) {
		int total = distribution.total();
		if (total == 0) {
			return null;
		}
		long sum = 0;
		for (int score : distribution.scores()) {
			sum += (long) score * distribution.count(score);
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
	}

	private void header(PdfPTable table, Locale locale, String... codes) {
		for (String code : codes) {
			table.addCell(cell(text(code, locale), true));
		}
		table.setHeaderRows(1);
	}

	private static void cells(PdfPTable table, Object... values) {
		for (Object value : values) {
			table.addCell(cell(value(value), false));
		}
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(10);
		return table;
	}

	private static PdfPCell cell(String text, boolean header) {
		PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, TEXT_SIZE, header ? Font.BOLD : Font.NORMAL, Color.BLACK));
		cell.setPadding(3);
		if (header) {
			cell.setBackgroundColor(HEADER_FILL);
		}
		return cell;
	}

	private static String value(Object value) {
		if (value == null) {
			return "-";
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

	private static String percent(BigDecimal rate) {
		return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	private static void paragraph(Document document, String text, float size, int style) {
		Paragraph paragraph = new Paragraph(PdfFonts.phrase(text, size, style, Color.BLACK));
		paragraph.setSpacingAfter(4);
		paragraph.setAlignment(Element.ALIGN_LEFT);
		document.add(paragraph);
	}

	private static void add(Document document, PdfPTable table) {
		document.add(table);
	}

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

}
