package org.zhuqi.directory.department;

/**
 * A department as lists and the JSON API show it, with the number of its cadres.
 */
public record DepartmentRow(long id, String code, String name, DepartmentKind kind, boolean active, long cadreCount,
		int version) {
}
