package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BreakdownOrderTests {

	private static BreakdownRow row(String key, String label, long total, String resolutionRate) {
		return new BreakdownRow(key, label, new Figures(total, 0, null, 0, 0, 0, 0, 0,
				resolutionRate == null ? null : new BigDecimal(resolutionRate), 0, null, null, 0, 0, 0, 0, null, 0, 0, 0, 0,
				null));
	}

	private final List<BreakdownRow> rows = List.of(row("2", "Beta", 5, "0.5"), row("", null, 9, null),
			row("1", "Alpha", 7, "0.9"), row("3", "Gamma", 1, null));

	private List<String> keys(String sort) {
		return BreakdownOrder.sort(rows, sort, Locale.ENGLISH).stream().map(BreakdownRow::key).toList();
	}

	@Test
	void sortsByNameByDefaultWithTheRowWithoutANameLast() {
		assertThat(keys(null)).containsExactly("1", "2", "3", "");
		assertThat(keys("nonsense")).containsExactly("1", "2", "3", "");
		assertThat(keys("-name")).containsExactly("3", "2", "1", "");
	}

	@Test
	void sortsByAFigureEitherWay() {
		assertThat(keys("total")).containsExactly("3", "2", "1", "");
		assertThat(keys("-total")).containsExactly("", "1", "2", "3");
	}

	@Test
	void rowsWithoutARateComeLastInEitherDirection() {
		assertThat(keys("resolutionRate")).containsExactly("2", "1", "3", "");
		assertThat(keys("-resolutionRate")).containsExactly("1", "2", "3", "");
	}

	@Test
	void keysAreSpelledAsTheSortParameter() {
		assertThat(BreakdownOrder.RESOLUTION_RATE.key()).isEqualTo("resolutionRate");
		assertThat(BreakdownOrder.AVG_DAYS.key()).isEqualTo("avgDays");
	}

}
