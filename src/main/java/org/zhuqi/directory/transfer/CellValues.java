package org.zhuqi.directory.transfer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers, dates and yes/no flags the ways people type them into spreadsheets: {@code 1,234,567.89},
 * {@code ￥5000000元}, full-width digits; {@code 2018-06-01}, {@code 2018/6/1}, {@code 2018.6.1},
 * {@code 20180601}, {@code 2018年6月1日}, or an Excel date serial number that lost its date format;
 * {@code 是}/{@code 否}, {@code 启用}/{@code 停用}, {@code true}/{@code false}, {@code 1}/{@code 0}, an Excel
 * TRUE/FALSE cell.
 */
final class CellValues {

	private static final Pattern NUMBER_NOISE = Pattern.compile("[\\s,_'¥元]");

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[T\\s].*)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	/** Excel serial numbers from 1927-05-18 (10000) to 2173-10-14 (99999); the 1900 leap-year bug is after 60. */
	private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.0+)?");

	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final Set<String> YES = Set.of("是", "启用", "有效", "在岗", "正常", "√", "✓", "1", "y", "yes", "true",
			"active", "enabled", "on");

	private static final Set<String> NO = Set.of("否", "停用", "无效", "离岗", "禁用", "×", "✗", "0", "n", "no", "false",
			"inactive", "disabled", "off");

	private CellValues() {
	}

	/** Full-width letters, digits and punctuation become their ASCII forms; spaces are trimmed. */
	static String normalize(String raw) {
		return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
	}

	/** A decimal without thousands separators, currency signs or trailing zeros; empty when not a number. */
	static Optional<BigDecimal> decimal(String raw) {
		String text = NUMBER_NOISE.matcher(normalize(raw)).replaceAll("");
		if (text.isEmpty() || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(text).stripTrailingZeros();
		return Optional.of(value.scale() < 0 ? value.setScale(0) : value);
	}

	/** A calendar date; empty when the text is no date or an impossible one (2023-02-30). */
	static Optional<LocalDate> date(String raw) {
		String text = normalize(raw);
		try {
			Matcher matcher = DATE.matcher(text);
			if (matcher.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3))));
			}
			matcher = COMPACT_DATE.matcher(text);
			if (matcher.matches()) {
				return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3))));
			}
			if (SERIAL.matcher(text).matches()) {
				return Optional.of(fromExcelSerial((long) Double.parseDouble(text)));
			}
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** A yes/no flag; empty when the text is neither. */
	static Optional<Boolean> flag(String raw) {
		String text = normalize(raw).toLowerCase(Locale.ROOT);
		if (YES.contains(text)) {
			return Optional.of(Boolean.TRUE);
		}
		return NO.contains(text) ? Optional.of(Boolean.FALSE) : Optional.empty();
	}

	/** The date of an Excel serial day number (1900 date system, whose day 60 is the fictitious 1900-02-29). */
	static LocalDate fromExcelSerial(long serial) {
		return EXCEL_EPOCH.plusDays(serial);
	}

}
