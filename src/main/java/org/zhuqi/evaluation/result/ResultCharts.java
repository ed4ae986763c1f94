package org.zhuqi.evaluation.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.scoring.Dimension;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the numbers a results page already shows into the JSON of its {@link BarChart}s, with the axis names in
 * the reader's language: one chart of ballots per score for each dimension of the rubric on a department's page,
 * and the overall ranking by score (trimmed mean, best first) on the campaign's page. Written by Jackson, so the
 * page embeds it as an escaped attribute value.
 */
@Component
class ResultCharts {

	private final JsonMapper json;

	private final MessageSource messages;

	ResultCharts(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	/** One chart per dimension, in rubric order: ballots per score, lowest score first. */
	List<String> distributions(DepartmentSheet department, Locale locale) {
		List<String> charts = new ArrayList<>();
		for (DimensionDistribution distribution : department.distributions()) {
			List<String> scores = distribution.scores().stream().map(String::valueOf).toList();
			List<Number> counts = new ArrayList<>(distribution.counts());
			charts.add(json.writeValueAsString(new BarChart(
					message("evaluation.charts.distribution", locale, name(distribution.dimension(), locale)),
					message("evaluation.results.score", locale), message("evaluation.charts.ballots", locale), scores,
					counts, false)));
		}
		return charts;
	}

	/** The departments with a score in the overall ranking's order, best first. */
	String ranking(ResultSheet sheet, Locale locale) {
		List<String> names = new ArrayList<>();
		List<Number> scores = new ArrayList<>();
		for (ResultRow row : sheet.all()) {
			if (row.trimmed() != null) {
				names.add(row.name());
				scores.add(row.trimmed());
			}
		}
		return json.writeValueAsString(new BarChart(message("evaluation.charts.ranking", locale),
				message("evaluation.results.department", locale), message("evaluation.charts.score", locale), names,
				scores, true));
	}

	private static String name(Dimension dimension, Locale locale) {
		return "en".equals(locale.getLanguage()) ? dimension.nameEn() : dimension.nameZh();
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

}
