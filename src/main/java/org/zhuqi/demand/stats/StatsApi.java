package org.zhuqi.demand.stats;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/stats}: the figures of the problems (诉求), computed from the problems themselves; definitions
 * in {@code docs/metrics.md}. Rates are decimals from 0 to 1 with four places, {@code null} when there is
 * nothing to divide by. Scoped like the pages: the centre sees the district, a department the problems it
 * leads, a cadre its enterprises' problems; an enterprise gets 403. A bad or unknown parameter is 400 with
 * the parameter named under {@code errors}.
 */
@RestController
@RequestMapping("/api/v1/stats")
@Tag(name = "stats", description = "Figures of the problems (诉求): coordination, resolution, satisfaction")
class StatsApi {

	private final DemandStatistics statistics;

	StatsApi(DemandStatistics statistics) {
		this.statistics = statistics;
	}

	/**
	 * The figures with the filter they were computed for (after scoping) and the moment overdue was judged.
	 */
	record DemandStats(Instant asOf, StatsFilter filter, @JsonUnwrapped Figures figures) {
	}

	@GetMapping("/demands")
	@Operation(summary = "Figures of the problems filed in the period, within the caller's scope",
			description = "total, coordinated, resolved, unresolvable, keyProblems, meetings, overdue, coordinationRate, "
					+ "resolutionRate, satisfactionRate, avgResolveWorkingDays and more; rates are decimals 0..1 "
					+ "(four places, half-up), null when the denominator is 0. Definitions: docs/metrics.md.")
	DemandStats demands(@ParameterObject StatsFilter filter, Viewer viewer) {
		StatsReport report = statistics.summary(filter, viewer);
		return new DemandStats(report.asOf(), report.filter(), report.figures());
	}

	@GetMapping("/demands/breakdown")
	@Operation(summary = "The same figures per lead department, street, category or liaison cadre",
			description = "One row per group; key is the department or cadre id or the street or category code, "
					+ "empty for problems without a department or cadre (label null).")
	List<BreakdownRow> breakdown(@ParameterObject StatsFilter filter,
			@Parameter(description = "department, street, category or cadre") @RequestParam String by,
			Viewer viewer, Locale locale) {
		Dimension dimension = Dimension.parse(by);
		if (dimension == null) {
			throw new RejectedFieldException("by", "stats.by.unknown", by);
		}
		StatsReport report = statistics.report(filter, viewer, locale);
		List<BreakdownRow> rows = switch (dimension) {
			case DEPARTMENT -> report.byDepartment();
			case STREET -> report.byStreet();
			case CATEGORY -> report.byCategory();
			case CADRE -> report.byCadre();
		};
		return BreakdownOrder.sort(rows, "-total", locale);
	}

	@GetMapping("/cadres")
	@Operation(summary = "The best-cadre ranking (最佳联企干部), best first (service centre only)",
			description = "Score 0..100 = 100 × (0.25 volume share + 0.30 resolution rate + 0.20 timeliness rate "
					+ "+ 0.25 satisfaction rate); cadres with fewer than 5 coordinated problems are not ranked. "
					+ "Ties: higher volume, then higher satisfaction, else the same rank. See docs/metrics.md.")
	List<RankedCadre> cadres(@ParameterObject StatsFilter filter, Viewer viewer) {
		return statistics.ranking(filter, viewer);
	}

}
