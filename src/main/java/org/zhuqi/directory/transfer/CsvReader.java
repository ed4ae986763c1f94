package org.zhuqi.directory.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel writes one: UTF-8 with or without a byte order mark ("CSV UTF-8"), UTF-16 with a
 * mark, or GBK/GB18030 (plain "CSV" saved by Chinese Excel). The separator is a comma unless the first line
 * only has tabs or semicolons. Row numbers count records, so a quoted cell spanning lines stays one row.
 */
final class CsvReader implements TableReader {

	/** GB18030 is a superset of GBK and GB2312 and decodes what Chinese Windows writes. */
	static final Charset GB18030 = Charset.forName("GB18030");

	private static final int SNIFF_BYTES = 8192;

	private final byte[] content;

	CsvReader(byte[] content) {
		this.content = content;
	}

	@Override
	public void read(RowVisitor visitor) throws UnreadableFileException {
		Charset charset = charsetOf(content);
		int bom = bomLength(content);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(firstLine(charset, bom)))
			.setIgnoreEmptyLines(false)
			.setLenientEof(true)
			.setTrailingData(true)
			.get();
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, bom, content.length - bom),
				charset); CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord record : parser) {
				visitor.row(Math.toIntExact(record.getRecordNumber()), record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableFileException("malformed CSV", ex);
		}
	}

	/** The encoding by byte order mark, else UTF-8 when the bytes are valid UTF-8, else GB18030. */
	static Charset charsetOf(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return StandardCharsets.UTF_8;
		}
		if (startsWith(content, 0xFF, 0xFE)) {
			return StandardCharsets.UTF_16LE;
		}
		if (startsWith(content, 0xFE, 0xFF)) {
			return StandardCharsets.UTF_16BE;
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return GB18030;
		}
	}

	/**
	 * Whether the bytes look like text rather than a binary file renamed to {@code .csv}: no control characters
	 * other than tab, line breaks and form feed in the first few kilobytes (UTF-16 with a mark is text too).
	 */
	static boolean looksLikeText(byte[] content) {
		if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
			return true;
		}
		for (int i = 0; i < Math.min(content.length, SNIFF_BYTES); i++) {
			int b = content[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static int bomLength(byte[] content) {
		if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
			return 3;
		}
		return startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF) ? 2 : 0;
	}

	private String firstLine(Charset charset, int bom) {
		String head = new String(content, bom, Math.min(content.length - bom, SNIFF_BYTES), charset);
		int end = head.indexOf('\n');
		return end < 0 ? head : head.substring(0, end);
	}

	static char delimiter(String firstLine) {
		if (firstLine.indexOf(',') < 0) {
			if (firstLine.indexOf('\t') >= 0) {
				return '\t';
			}
			if (firstLine.indexOf(';') >= 0) {
				return ';';
			}
		}
		return ',';
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
