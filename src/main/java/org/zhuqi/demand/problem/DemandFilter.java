package org.zhuqi.demand.problem;

/**
 * The search over problems; blank values do not filter. {@code overdue=true} keeps problems past the
 * deadline they are working against now; {@code sort} is {@code deadline} (soonest first) or the default
 * newest first.
 */
public record DemandFilter(String q, DemandState state, Long department, Boolean overdue, String category,
		Boolean keyProblem, Long enterprise, String street, String sort) {

	public static DemandFilter none() {
		return new DemandFilter(null, null, null, null, null, null, null, null, null);
	}

}
