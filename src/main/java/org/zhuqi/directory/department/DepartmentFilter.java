package org.zhuqi.directory.department;

/**
 * The search over departments: free text {@code q} matches the name or the code; {@code kind} and
 * {@code active} are exact. Blank values do not filter. {@code sort} is one of {@link DepartmentQueries#SORTS},
 * with a leading {@code -} for descending.
 */
public record DepartmentFilter(String q, DepartmentKind kind, Boolean active, String sort) {

	public static DepartmentFilter none() {
		return new DepartmentFilter(null, null, null, null);
	}

	public static DepartmentFilter text(String q) {
		return new DepartmentFilter(q, null, null, null);
	}

}
