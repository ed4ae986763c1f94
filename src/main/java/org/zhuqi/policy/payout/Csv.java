package org.zhuqi.policy.payout;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them, for the bank files: a field with a comma, a double quote, a line
 * break or surrounding spaces is quoted and its quotes doubled; records end with CRLF. Reading accepts CRLF or
 * LF, quoted fields over several lines and a leading byte-order mark, and tells the line a record starts on.
 */
final class Csv {

	/** The byte-order mark some programs put before UTF-8 text, as a character. */
	static final char BOM = '\uFEFF';

	private Csv() {
	}

	/** One record read, with the (1-based) line of the file it starts on. */
	record Row(int line, List<String> fields) {

		/** Whether the record holds nothing but empty fields (an empty line). */
		boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}

	}

	/** The record as one line of CSV, with CRLF. */
	static String line(List<String> fields) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields.get(i)));
		}
		return out.append("\r\n").toString();
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0 || !value.equals(value.strip());
		return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	/**
	 * The records of the text. A quote left open at the end is malformed: that last record is returned with a
	 * {@code null} field list, so the caller can report its line.
	 */
	static List<Row> read(String text) {
		List<Row> rows = new ArrayList<>();
		int i = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
		int line = 1;
		while (i < text.length()) {
			int start = line;
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			boolean wasQuoted = false;
			boolean ended = false;
			while (i < text.length() && !ended) {
				char c = text.charAt(i++);
				if (quoted) {
					if (c == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							quoted = false;
						}
					}
					else {
						if (c == '\n') {
							line++;
						}
						field.append(c);
					}
				}
				else if (c == '"' && field.isEmpty() && !wasQuoted) {
					quoted = true;
					wasQuoted = true;
				}
				else if (c == ',') {
					fields.add(field.toString());
					field.setLength(0);
					wasQuoted = false;
				}
				else if (c == '\n' || c == '\r') {
					if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
						i++;
					}
					line++;
					ended = true;
				}
				else {
					field.append(c);
				}
			}
			if (quoted) {
				rows.add(new Row(start, null));
				break;
			}
			fields.add(field.toString());
			rows.add(new Row(start, fields));
		}
		return rows;
	}

}
