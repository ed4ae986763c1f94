package org.zhuqi.directory.enterprise;

import org.zhuqi.directory.reference.SizeClass;

/**
 * The search over the directory: free text {@code q} matches the name or the credit code; the others are
 * exact. Blank values do not filter. {@code sort} is one of {@link EnterpriseQueries#SORTS}, with a
 * leading {@code -} for descending.
 */
public record EnterpriseFilter(String q, String street, String industry, String tag, SizeClass sizeClass, Long cadre,
		String sort) {

	public static EnterpriseFilter none() {
		return new EnterpriseFilter(null, null, null, null, null, null, null);
	}

	public static EnterpriseFilter text(String q) {
		return new EnterpriseFilter(q, null, null, null, null, null, null);
	}

	public boolean isEmpty() {
		return blank(q) && blank(street) && blank(industry) && blank(tag) && sizeClass == null && cadre == null;
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
