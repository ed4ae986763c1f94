package org.zhuqi.evaluation.result;

import java.util.List;

/**
 * The data of one bar chart on a results page, written as JSON into the page for {@code static/js/result-charts.js}
 * to draw with Apache ECharts; the page's table beside it stays the accessible, script-free form of the same
 * numbers.
 *
 * @param label what the chart shows, for screen readers and the chart's title
 * @param categoryName the name of the category axis (scores, or departments)
 * @param valueName the name of the value axis (ballots, or the score)
 * @param categories the bars' labels in order
 * @param values the bars' values, one per category
 * @param horizontal whether the bars run left to right with the first category at the top (a ranking)
 */
public record BarChart(String label, String categoryName, String valueName, List<String> categories,
		List<Number> values, boolean horizontal) {

	public BarChart {
		categories = List.copyOf(categories);
		values = List.copyOf(values);
	}

}
