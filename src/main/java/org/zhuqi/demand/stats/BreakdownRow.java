package org.zhuqi.demand.stats;

/**
 * One row of a breakdown table: a department, street, category or cadre with the figures of its problems.
 *
 * @param key the department or cadre id, the street or category code; {@link Dimension#NONE} for problems
 * without a department or cadre
 * @param label the name in the viewer's language; {@code null} for the {@link Dimension#NONE} row (the page
 * names it)
 */
public record BreakdownRow(String key, String label, Figures figures) {

	/** Whether this is the row of problems without a department or cadre. */
	public boolean none() {
		return Dimension.NONE.equals(key);
	}

}
