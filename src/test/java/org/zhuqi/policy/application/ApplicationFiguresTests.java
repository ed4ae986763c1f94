package org.zhuqi.policy.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.catalogue.AmountRule;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationFiguresTests {

	@Test
	void keepsKnownFiguresInFenAndLeavesEmptyOnesOut() {
		Map<String, BigDecimal> typed = new LinkedHashMap<>();
		typed.put("RD_SPEND", new BigDecimal("1200000.5"));
		typed.put("EMPLOYEES", new BigDecimal("35"));
		typed.put("REVENUE", null);
		Map<Figure, BigDecimal> figures = ApplicationService.figures(form(typed));
		assertThat(figures).containsOnlyKeys(Figure.RD_SPEND, Figure.EMPLOYEES);
		assertThat(figures.get(Figure.RD_SPEND)).isEqualTo(new BigDecimal("1200000.50"));
	}

	@Test
	void refusesUnknownNegativeAndFractionalFigures() {
		assertThatThrownBy(() -> ApplicationService.figures(form(Map.of("PROFIT", BigDecimal.ONE))))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("figures"));
		assertThatThrownBy(() -> ApplicationService.figures(form(Map.of("REVENUE", new BigDecimal("-1")))))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("figures[REVENUE]"));
		assertThatThrownBy(() -> ApplicationService.figures(form(Map.of("REVENUE", new BigDecimal("1.005")))))
			.isInstanceOf(RejectedFieldException.class);
		assertThatThrownBy(() -> ApplicationService.figures(form(Map.of("EMPLOYEES", new BigDecimal("3.5")))))
			.isInstanceOf(RejectedFieldException.class);
	}

	@Test
	void computesTheAmountFromTheRulesFigure() {
		AmountRule percent = AmountRule.percentOf(new BigDecimal("20"), Figure.RD_SPEND, new BigDecimal("500000"));
		List<DeclaredFigure> declared = List.of(new DeclaredFigure(Figure.RD_SPEND, new BigDecimal("1234567.89")),
				new DeclaredFigure(Figure.REVENUE, new BigDecimal("9999999")));
		assertThat(ApplicationQueries.computedAmount(percent, declared)).isEqualTo(new BigDecimal("246913.58"));
		assertThat(ApplicationQueries.computedAmount(percent, List.of())).isNull();
		assertThat(ApplicationQueries.computedAmount(AmountRule.fixed(new BigDecimal("100000")), List.of()))
			.isEqualTo(new BigDecimal("100000.00"));
	}

	private static ApplicationForm form(Map<String, BigDecimal> figures) {
		ApplicationForm form = new ApplicationForm();
		form.setFigures(new LinkedHashMap<>(figures));
		return form;
	}

}
