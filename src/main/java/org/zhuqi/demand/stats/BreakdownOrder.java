package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of a breakdown table, from the page's {@code sort} parameter: a column key for ascending, the key
 * with a leading {@code -} for descending ({@code -resolutionRate}). Rows without data for a rate sort last in
 * either direction; equal rows keep the name order. Blank or unknown: by name.
 */
public enum BreakdownOrder {

	NAME(null),

	TOTAL(figures -> BigDecimal.valueOf(figures.total())),

	COORDINATED(figures -> BigDecimal.valueOf(figures.coordinated())),

	COORDINATION_RATE(Figures::coordinationRate),

	RESOLVED(figures -> BigDecimal.valueOf(figures.resolved())),

	UNRESOLVABLE(figures -> BigDecimal.valueOf(figures.unresolvable())),

	OVERDUE(figures -> BigDecimal.valueOf(figures.overdue())),

	RESOLUTION_RATE(Figures::resolutionRate),

	SATISFACTION_RATE(Figures::satisfactionRate),

	AVG_DAYS(Figures::avgResolveWorkingDays),

	KEY_PROBLEMS(figures -> BigDecimal.valueOf(figures.keyProblems()));

	private final Function<Figures, BigDecimal> value;

	BreakdownOrder(Function<Figures, BigDecimal> value) {
		this.value = value;
	}

	/** The key as the {@code sort} parameter spells it: {@code resolutionRate}. */
	public String key() {
		StringBuilder key = new StringBuilder();
		boolean upper = false;
		for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				key.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return key.toString();
	}

	/** The rows sorted as {@code sort} asks, names compared in the viewer's language. */
	public static List<BreakdownRow> sort(List<BreakdownRow> rows, String sort, Locale locale) {
		boolean descending = sort != null && sort.startsWith("-");
		String key = sort == null ? "" : sort.substring(descending ? 1 : 0);
		BreakdownOrder order = NAME;
		for (BreakdownOrder candidate : values()) {
			if (candidate.key().equals(key)) {
				order = candidate;
			}
		}
		return rows.stream().sorted(order.comparator(descending, locale)).toList();
	}

	private Comparator<BreakdownRow> comparator(boolean descending, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		// the row without a department or cadre comes after the named ones
		Comparator<BreakdownRow> byName = Comparator.comparing(BreakdownRow::none)
			.thenComparing(row -> row.label() == null ? "" : row.label(), collator)
			.thenComparing(BreakdownRow::key);
		if (value == null) {
			return descending ? Comparator.comparing(BreakdownRow::none).thenComparing(byName.reversed()) : byName;
		}
		Comparator<BigDecimal> numbers = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		return Comparator.comparing((BreakdownRow row) -> value.apply(row.figures()), Comparator.nullsLast(numbers))
			.thenComparing(byName);
	}

}
