package org.zhuqi.directory.support;

import java.util.Map;
import org.zhuqi.system.LikePatterns;

/**
 * The parts of list queries that come from the request and must never be spliced in raw: the sort column is
 * looked up in a fixed map (a leading {@code -} means descending), search text is escaped for {@code LIKE}.
 */
public final class ListSql {

	private ListSql() {
	}

	/**
	 * An {@code order by} clause for a sort key such as {@code name} or {@code -updated}; unknown keys fall
	 * back to {@code fallbackKey}. {@code tiebreak} keeps paging stable, e.g. {@code d.id}.
	 */
	public static String orderBy(String sort, Map<String, String> columns, String fallbackKey, String tiebreak) {
		String key = sort == null || sort.isBlank() ? fallbackKey : sort.strip();
		boolean descending = key.startsWith("-");
		String name = descending ? key.substring(1) : key;
		String column = columns.get(name);
		if (column == null) {
			column = columns.get(fallbackKey);
			descending = false;
		}
		return " order by " + column + (descending ? " desc" : " asc") + ", " + tiebreak;
	}

	/** {@code %text%} with the {@code LIKE} wildcards in the text escaped (backslash is the escape). */
	public static String contains(String text) {
		return LikePatterns.contains(text);
	}

	/** {@code text%} with the {@code LIKE} wildcards in the text escaped. */
	public static String startsWith(String text) {
		return LikePatterns.startsWith(text);
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
