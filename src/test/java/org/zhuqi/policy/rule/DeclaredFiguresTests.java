package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.catalogue.Figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a declared figure may be: stored in yuan with fen, never negative, head counts whole. */
class DeclaredFiguresTests {

	@Test
	void aFigureIsStoredWithFen() {
		assertThat(DeclaredFigures.normalise(Figure.REVENUE, new BigDecimal("1200.5"))).isEqualTo(new BigDecimal("1200.50"));
		assertThat(DeclaredFigures.normalise(Figure.EMPLOYEES, new BigDecimal("40"))).isEqualTo(new BigDecimal("40.00"));
	}

	@Test
	void negativeFractionalCountsAndThirdDecimalsAreRefused() {
		assertThatThrownBy(() -> DeclaredFigures.normalise(Figure.REVENUE, new BigDecimal("-1")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DeclaredFigures.normalise(Figure.EMPLOYEES, new BigDecimal("2.5")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DeclaredFigures.normalise(Figure.RD_SPEND, new BigDecimal("0.001")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DeclaredFigures.normalise(Figure.RD_SPEND, new BigDecimal("1e17")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCheckupFormReportsEachBadFigureAndKeepsBlanksOut() {
		FiguresForm form = new FiguresForm();
		form.getValues().put("REVENUE", "1,000,000");
		form.getValues().put("RD_SPEND", "");
		form.getValues().put("EMPLOYEES", "3.5");
		form.getValues().put("EXPORTS", "很多");
		form.getValues().put("TAX_PAID", "-2");
		form.getValues().put("INVESTMENT", "1.234");
		Map<Figure, String> problems = new EnumMap<>(Figure.class);
		Map<Figure, BigDecimal> parsed = form.parse(problems);
		assertThat(parsed).containsOnlyKeys(Figure.REVENUE);
		assertThat(parsed.get(Figure.REVENUE)).isEqualByComparingTo("1000000");
		assertThat(problems).containsEntry(Figure.EMPLOYEES, "policy.rule.figures.whole")
			.containsEntry(Figure.EXPORTS, "policy.rule.figures.notANumber")
			.containsEntry(Figure.TAX_PAID, "policy.rule.figures.negative")
			.containsEntry(Figure.INVESTMENT, "policy.rule.figures.fen");
	}

}
