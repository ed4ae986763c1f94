package org.zhuqi.evaluation.result;

import java.util.Comparator;
import java.util.List;

import org.zhuqi.evaluation.campaign.DepartmentGroup;

/**
 * Lays out ranked rows as the three rankings (live group, online group, all units) from their stored ranks,
 * so that a published snapshot is listed exactly as it was ranked, without recomputing: by rank, departments
 * without a rank last, and among equal ranks in the campaign's order (the live group by order of reports, then
 * the online group by position) — the order {@link org.zhuqi.evaluation.scoring.Ranking} gives.
 */
final class Rankings {

	private static final Comparator<ResultRow> CAMPAIGN_ORDER = Comparator.comparing(ResultRow::group)
		.thenComparingInt(ResultRow::position);

	private Rankings() {
	}

	static List<ResultRow> group(List<ResultRow> rows, DepartmentGroup group) {
		return rows.stream()
			.filter(row -> row.group() == group)
			.sorted(Comparator.comparing(ResultRow::groupRank, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CAMPAIGN_ORDER))
			.toList();
	}

	static List<ResultRow> all(List<ResultRow> rows) {
		return rows.stream()
			.sorted(Comparator.comparing(ResultRow::overallRank, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(CAMPAIGN_ORDER))
			.toList();
	}

}
