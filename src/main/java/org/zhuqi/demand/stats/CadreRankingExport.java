package org.zhuqi.demand.stats;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.XlsxTable;

/**
 * {@code /stats/cadres/export}: the best-cadre ranking (最佳联企干部) of the page's filter as an {@code .xlsx},
 * one row per ranked cadre, rates as percentages with two places. For the service centre only.
 */
@Controller
class CadreRankingExport {

	/** The column headers' message codes; rates are exported as percentages. */
	private static final List<String> COLUMNS = List.of("stats.rank", "stats.cadre", "stats.cadreDepartment",
			"stats.volume", "stats.export.resolutionRate", "stats.export.timelinessRate",
			"stats.export.satisfactionRate", "stats.score");

	private final DemandStatistics statistics;

	private final MessageSource messages;

	private final Clock clock;

	CadreRankingExport(DemandStatistics statistics, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/stats/cadres/export")
	void export(StatsFilter filter, Viewer viewer, Locale locale, HttpServletResponse response) throws IOException {
		StatsAccess.requireRanking(viewer);
		List<RankedCadre> ranking;
		try {
			ranking = statistics.ranking(filter, viewer);
		}
		catch (RejectedFieldException ex) {
			// the page offers the export only for a filter it accepted; a hand-made address gets a plain 400
			response.sendError(HttpServletResponse.SC_BAD_REQUEST,
					messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale));
			return;
		}
		String title = messages.getMessage("stats.cadres.title", null, locale);
		String date = LocalDate.now(clock).toString();
		List<String> headers = COLUMNS.stream().map(code -> messages.getMessage(code, null, locale)).toList();
		try (XlsxTable table = new XlsxTable(title, headers)) {
			for (RankedCadre cadre : ranking) {
				CadreScore score = cadre.score();
				table.add(score.rank(), cadre.name(), cadre.departmentName(), score.volume(),
						percent(score.resolutionRate()), percent(score.timelinessRate()),
						percent(score.satisfactionRate()), score.score());
			}
			response.setContentType(XlsxTable.MEDIA_TYPE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					XlsxTable.attachment(title + "-" + date + ".xlsx", "best-cadres-" + date + ".xlsx"));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			table.writeTo(response.getOutputStream());
		}
	}

	/** A rate as a percentage with two places (0.98125 → 98.13), empty without data. */
	private static BigDecimal percent(BigDecimal rate) {
		return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
	}

}
