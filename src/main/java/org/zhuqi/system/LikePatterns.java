package org.zhuqi.system;

/**
 * Patterns for SQL {@code LIKE} searches built from what a user typed, with the wildcards {@code %} and
 * {@code _} (and the escape character {@code \}, the default of both H2 and PostgreSQL) escaped, so that a
 * search for "50%" finds "50%" and not everything beginning with "50".
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	/** The text with the {@code LIKE} wildcards escaped. */
	public static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** {@code %text%} for the stripped text, wildcards escaped. */
	public static String contains(String text) {
		return "%" + escape(text.strip()) + "%";
	}

	/** {@code text%} for the stripped text, wildcards escaped. */
	public static String startsWith(String text) {
		return escape(text.strip()) + "%";
	}

}
