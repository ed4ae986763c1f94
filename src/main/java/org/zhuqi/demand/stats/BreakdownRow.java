package org.zhuqi.demand.stats;

/**
 * One row of a breakdown table: a department, street, category or cadre with the figures of its problems.
 *
 * @param key the department or cadre id, the street or category code; {@link Dimension#NONE} for problems
 * without a department or cadre
 * @param label the name in the viewer's language
 */
public record BreakdownRow(String key, String label, Figures figures) {
}
