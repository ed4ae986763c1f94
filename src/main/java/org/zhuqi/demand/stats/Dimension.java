package org.zhuqi.demand.stats;

import java.util.Locale;
import java.util.function.Function;

/** What a breakdown table groups the problems by. */
public enum Dimension {

	/** The lead department (牵头部门); problems not routed yet form their own row. */
	DEPARTMENT(fact -> key(fact.leadDepartmentId())),

	/** The enterprise's street (街道/镇) recorded on the problem. */
	STREET(DemandFact::streetCode),

	/** The problem category (诉求类别). */
	CATEGORY(DemandFact::categoryCode),

	/** The enterprise's liaison cadre (联企干部) recorded on the problem; problems without one form their own row. */
	CADRE(fact -> key(fact.cadreId()));

	/** The key of the row of problems without a department or cadre. */
	public static final String NONE = "";

	private final Function<DemandFact, String> key;

	Dimension(Function<DemandFact, String> key) {
		this.key = key;
	}

	/** The key of the row the problem belongs to. */
	public String keyOf(DemandFact fact) {
		String value = key.apply(fact);
		return value == null ? NONE : value;
	}

	/** The dimension named (in any case), or {@code null} for an unknown name. */
	public static Dimension parse(String name) {
		for (Dimension dimension : values()) {
			if (dimension.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
				return dimension;
			}
		}
		return null;
	}

	/** The name as the pages and the API spell it: {@code department}, {@code street} ... */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	private static String key(Long id) {
		return id == null ? NONE : id.toString();
	}

}
