package org.zhuqi.demand.stats;

import java.time.Instant;
import java.util.List;

/**
 * The figures of a filter with their breakdowns per lead department, street, category and liaison cadre, as
 * {@link DemandStatistics#report} computes them in one pass. Rows come in no particular order; the pages sort
 * them with {@link BreakdownOrder}. A summary has no breakdowns (empty lists).
 *
 * @param filter the filter after scoping (a department user's own department, a cadre's own id filled in)
 * @param asOf the moment "overdue" and "rating window passed" were judged at
 */
public record StatsReport(StatsFilter filter, Instant asOf, Figures figures, List<BreakdownRow> byDepartment,
		List<BreakdownRow> byStreet, List<BreakdownRow> byCategory, List<BreakdownRow> byCadre) {
}
