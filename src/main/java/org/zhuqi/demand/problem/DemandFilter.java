package org.zhuqi.demand.problem;

import java.util.List;

/**
 * The search over problems; blank values do not filter. {@code q} matches the title, the description and the
 * enterprise's name; {@code overdue=true} keeps problems past the deadline they are working against now,
 * {@code dueSoon=true} those due within {@link DemandQueries#DUE_SOON}; {@code sort} is {@code deadline}
 * (soonest first), {@code oldest}, {@code urgency} (most pressing first) or the default newest first.
 */
public record DemandFilter(String q, DemandState state, Long department, Boolean overdue, String category,
		Boolean keyProblem, Long enterprise, String street, String sort, Urgency urgency, Boolean dueSoon) {

	/** The orders {@code sort} accepts besides the default (blank: newest first). */
	public static final List<String> SORTS = List.of("oldest", "deadline", "urgency");

	public static DemandFilter none() {
		return new DemandFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

}
