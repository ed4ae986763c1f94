package org.zhuqi.directory.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.system.XlsxTable;

/**
 * The downloadable template of each kind: the header row in the user's language and one example row that
 * imports cleanly, as {@code .xlsx} or as UTF-8 CSV with a byte order mark (so Excel shows Chinese right).
 */
@Component
class ImportTemplates {

	private final ColumnLabels labels;

	private final MessageSource messages;

	ImportTemplates(ColumnLabels labels, MessageSource messages) {
		this.labels = labels;
		this.messages = messages;
	}

	/** The file name of a template, e.g. {@code 企业导入模板.xlsx}. */
	String fileName(RowImporter<?> importer, FileFormat format, Locale locale) {
		String kind = messages.getMessage("import.kind." + importer.kind().name(), null, locale);
		return messages.getMessage("import.template.fileName", new Object[] { kind }, locale) + extension(format);
	}

	/** An ASCII file name for clients that cannot take the localised one. */
	String asciiFileName(RowImporter<?> importer, FileFormat format) {
		return importer.kind().slug() + "-import-template" + extension(format);
	}

	byte[] xlsx(RowImporter<?> importer, Locale locale) {
		String kind = messages.getMessage("import.kind." + importer.kind().name(), null, locale);
		try (XlsxTable table = new XlsxTable(kind, labels.labels(importer, locale));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			table.add(importer.example(locale));
			table.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] csv(RowImporter<?> importer, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			printer.printRecord(labels.labels(importer, locale));
			printer.printRecord(importer.example(locale).stream().map(ImportTemplates::text).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
	}

	private static String extension(FileFormat format) {
		return format == FileFormat.XLSX ? ".xlsx" : ".csv";
	}

}
