package org.zhuqi.policy.catalogue;

/**
 * The search over the catalogue: free text {@code q} matches the title or the document number (文号); the
 * others are exact. {@code open} keeps only policies published and valid today; {@code status} is for staff
 * (others see published policies only). Blank values do not filter.
 */
public record PolicyFilter(String q, Long department, BenefitKind kind, Boolean open, PolicyStatus status) {

	public static PolicyFilter none() {
		return new PolicyFilter(null, null, null, null, null);
	}

	public static PolicyFilter text(String q) {
		return new PolicyFilter(q, null, null, null, null);
	}

	boolean openOnly() {
		return Boolean.TRUE.equals(open);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
