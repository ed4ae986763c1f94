package org.zhuqi.directory.cadre;

/**
 * The search over cadres: free text {@code q} matches the name, the phone or the department's name;
 * {@code department} (an id) and {@code active} are exact. Blank values do not filter. {@code sort} is one
 * of {@link CadreQueries#SORTS}, with a leading {@code -} for descending.
 */
public record CadreFilter(String q, Long department, Boolean active, String sort) {

	public static CadreFilter none() {
		return new CadreFilter(null, null, null, null);
	}

	public static CadreFilter text(String q) {
		return new CadreFilter(q, null, null, null);
	}

	/** The active cadres of one department, as its page lists them. */
	public static CadreFilter ofDepartment(long departmentId) {
		return new CadreFilter(null, departmentId, null, null);
	}

	/** Active cadres matching the text, for choosing one to pair with. */
	public static CadreFilter candidates(String q) {
		return new CadreFilter(q, null, true, null);
	}

}
