package org.zhuqi.evaluation.result;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.scoring.Dimension;

/**
 * The results as an {@code .xlsx} workbook: sheet 排名 with the three rankings (live group, online group, all
 * units) one below the other, then one sheet per department with its figures, the distribution of scores per
 * dimension and its comments. No voter, channel or time appears anywhere. Results have at most a few hundred
 * departments, so the workbook is built in memory (the single-sheet streaming {@code XlsxTable} of the system
 * module does not do several sheets).
 */
@Component
class ResultWorkbook {

	private static final int SHEET_NAME_MAX = 31;

	private final MessageSource messages;

	ResultWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	void write(ResultSheet sheet, List<DepartmentSheet> departments, Locale locale, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Set<String> names = new HashSet<>();
			Sheet ranking = workbook.createSheet(unique(text("evaluation.results.xlsx.ranking", locale), names));
			Writer writer = new Writer(ranking, bold);
			writer.title(sheet.title());
			writer.line(text("evaluation.results.ledgerHead", locale), sheet.ledgerSeq() == null ? null : String.valueOf(sheet.ledgerSeq()), sheet.ledgerHash());
			writer.line(text(sheet.published() ? "evaluation.results.published" : "evaluation.results.unpublished", locale));
			rankingTable(writer, text("evaluation.results.live", locale), sheet.live(), false, locale);
			rankingTable(writer, text("evaluation.results.online", locale), sheet.online(), false, locale);
			rankingTable(writer, text("evaluation.results.all", locale), sheet.all(), true, locale);
			ranking.setColumnWidth(1, 30 * 256);
			for (DepartmentSheet department : departments) {
				Sheet page = workbook.createSheet(unique(department.row().name(), names));
				department(new Writer(page, bold), department, locale);
				page.setColumnWidth(0, 40 * 256);
			}
			workbook.write(out);
		}
	}

	private void rankingTable(Writer writer, String heading, List<ResultRow> rows, boolean overall, Locale locale) {
		writer.blank();
		writer.title(heading);
		writer.header(text("evaluation.results.rank", locale), text("evaluation.results.department", locale),
				text("evaluation.results.group", locale), text("evaluation.results.groupRank", locale),
				text("evaluation.results.overallRank", locale), text("evaluation.results.ballots", locale),
				text("evaluation.results.eligible", locale), text("evaluation.results.participation", locale),
				text("evaluation.results.weighted", locale), text("evaluation.results.trimmed", locale));
		for (ResultRow row : rows) {
			Integer rank = overall ? row.overallRank() : row.groupRank();
			writer.line(rank, row.name(), text("evaluation.results.group." + row.group().name(), locale),
					row.groupRank(), row.overallRank(), row.ballots(), row.eligibleVoters(), row.participation(),
					row.weighted(), row.trimmed());
		}
	}

	private void department(Writer writer, DepartmentSheet department, Locale locale) {
		ResultRow row = department.row();
		writer.title(row.name());
		writer.line(text("evaluation.results.group", locale), text("evaluation.results.group." + row.group().name(), locale));
		writer.line(text("evaluation.results.groupRank", locale), row.groupRank());
		writer.line(text("evaluation.results.overallRank", locale), row.overallRank());
		writer.line(text("evaluation.results.ballots", locale), row.ballots());
		writer.line(text("evaluation.results.participation", locale), row.participation());
		writer.line(text("evaluation.results.weighted", locale), row.weighted());
		writer.line(text("evaluation.results.trimmed", locale), row.trimmed());
		writer.blank();
		writer.title(text("evaluation.results.distribution", locale));
		List<DimensionDistribution> distributions = department.distributions();
		if (!distributions.isEmpty()) {
			Object[] header = new Object[distributions.get(0).counts().size() + 2];
			header[0] = text("evaluation.results.dimension", locale);
			header[1] = text("evaluation.results.weight", locale);
			List<Integer> scores = distributions.get(0).scores();
			for (int i = 0; i < scores.size(); i++) {
				header[i + 2] = text("evaluation.results.scoreColumn", locale, scores.get(i));
			}
			writer.header(header);
			for (DimensionDistribution distribution : distributions) {
				Object[] line = new Object[distribution.counts().size() + 2];
				line[0] = name(distribution.dimension(), locale);
				line[1] = distribution.dimension().weight();
				for (int i = 0; i < distribution.counts().size(); i++) {
					line[i + 2] = distribution.counts().get(i);
				}
				writer.line(line);
			}
		}
		writer.blank();
		writer.title(text("evaluation.results.comments", locale));
		writer.header(text("evaluation.results.comment", locale), text("evaluation.results.ballotScore", locale));
		for (Remark remark : department.comments()) {
			writer.line(remark.comment(), remark.score());
		}
	}

	static String name(Dimension dimension, Locale locale) {
		return "en".equals(locale.getLanguage()) ? dimension.nameEn() : dimension.nameZh();
	}

	private String text(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	/** A sheet name Excel accepts (at most 31 characters, none of []:*?/\), distinct from those taken. */
	static String unique(String wanted, Set<String> taken) {
		String safe = (wanted == null || wanted.isBlank() ? "Sheet" : wanted).replaceAll("[\\[\\]:*?/\\\\']", "_");
		String name = safe.length() > SHEET_NAME_MAX ? safe.substring(0, SHEET_NAME_MAX) : safe;
		int suffix = 2;
		while (!taken.add(name.toLowerCase(Locale.ROOT))) {
			String end = " (" + suffix++ + ")";
			name = safe.substring(0, Math.min(safe.length(), SHEET_NAME_MAX - end.length())) + end;
		}
		return name;
	}

	/** Writes rows down a sheet: bold titles and headers, typed cells. */
	private static final class Writer {

		private final Sheet sheet;

		private final CellStyle bold;

		private int next;

		Writer(Sheet sheet, CellStyle bold) {
			this.sheet = sheet;
			this.bold = bold;
		}

		void title(String text) {
			Cell cell = sheet.createRow(next++).createCell(0);
			cell.setCellValue(text);
			cell.setCellStyle(bold);
		}

		void header(Object... values) {
			Row row = line(values);
			row.forEach(cell -> cell.setCellStyle(bold));
		}

		void blank() {
			next++;
		}

		Row line(Object... values) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				if (value instanceof BigDecimal decimal) {
					cell.setCellValue(decimal.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
			return row;
		}

	}

}
