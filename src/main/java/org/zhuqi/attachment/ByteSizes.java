package org.zhuqi.attachment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Sizes in bytes written for people, in binary units with at most one decimal: {@code 980 B}, {@code 12.5 KB},
 * {@code 10 MB}. The same in every language.
 */
final class ByteSizes {

	private static final long KB = 1024;

	private static final long MB = KB * 1024;

	private ByteSizes() {
	}

	static String readable(long bytes) {
		if (bytes < KB) {
			return bytes + " B";
		}
		if (bytes < MB) {
			return oneDecimal(bytes, KB) + " KB";
		}
		return oneDecimal(bytes, MB) + " MB";
	}

	private static String oneDecimal(long bytes, long unit) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
