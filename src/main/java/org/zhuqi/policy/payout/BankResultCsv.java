package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the bank's result file (回盘文件): CSV in UTF-8 (with or without a byte-order mark; a file that is not
 * valid UTF-8 is read as GBK, which many bank portals still export), one line per transfer:
 * {@code idempotency_key,status,bank_reference,paid_on,failure_reason[,amount]}; status SUCCESS or FAIL, paid_on
 * {@code yyyy-MM-dd} or {@code yyyyMMdd}, amount optional. A first line starting with {@code idempotency_key} is a
 * header; empty lines are skipped. A bad line is reported with its line number and does not stop the others.
 */
final class BankResultCsv {

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

	private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

	private BankResultCsv() {
	}

	static BankResults read(byte[] content) {
		List<ResultLine> lines = new ArrayList<>();
		List<ImportLine> problems = new ArrayList<>();
		boolean first = true;
		for (Csv.Row row : Csv.read(decode(content))) {
			if (row.fields() == null) {
				problems.add(new ImportLine(row.line(), null, LineProblem.MALFORMED, null));
				continue;
			}
			if (row.blank()) {
				continue;
			}
			List<String> f = row.fields().stream().map(String::strip).toList();
			if (first && f.get(0).toLowerCase(Locale.ROOT).startsWith("idempotency_key")) {
				first = false;
				continue;
			}
			first = false;
			if (f.size() < 5 || f.size() > 6 || f.get(0).isEmpty()) {
				problems.add(new ImportLine(row.line(), f.get(0).isEmpty() ? null : f.get(0), LineProblem.MALFORMED,
						String.join(",", f)));
				continue;
			}
			ImportLine problem = check(row.line(), f);
			if (problem != null) {
				problems.add(problem);
				continue;
			}
			boolean success = f.get(1).equalsIgnoreCase("SUCCESS");
			lines.add(new ResultLine(row.line(), f.get(0), success, PayoutRules.text(f.get(2)),
					success ? date(f.get(3)) : null, PayoutRules.text(f.get(4)),
					f.size() == 6 && !f.get(5).isEmpty() ? new BigDecimal(f.get(5)).setScale(2) : null));
		}
		return new BankResults(lines, problems);
	}

	private static ImportLine check(int line, List<String> f) {
		String key = f.get(0);
		String status = f.get(1).toUpperCase(Locale.ROOT);
		if (!status.equals("SUCCESS") && !status.equals("FAIL")) {
			return new ImportLine(line, key, LineProblem.BAD_STATUS, f.get(1));
		}
		if (f.size() == 6 && !f.get(5).isEmpty() && !AMOUNT.matcher(f.get(5)).matches()) {
			return new ImportLine(line, key, LineProblem.BAD_AMOUNT, f.get(5));
		}
		if (status.equals("SUCCESS")) {
			if (f.get(2).isEmpty()) {
				return new ImportLine(line, key, LineProblem.NO_REFERENCE, null);
			}
			if (date(f.get(3)) == null) {
				return new ImportLine(line, key, LineProblem.BAD_DATE, f.get(3));
			}
		}
		else if (f.get(4).isEmpty()) {
			return new ImportLine(line, key, LineProblem.NO_REASON, null);
		}
		return null;
	}

	private static LocalDate date(String text) {
		try {
			return text.length() == 8 ? LocalDate.parse(text, COMPACT) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The text of the file: UTF-8 when it is valid UTF-8, else GBK. */
	static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, Charset.forName("GBK"));
		}
	}

}
