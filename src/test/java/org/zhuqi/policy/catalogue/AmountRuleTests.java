package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AmountRuleTests {

	@Test
	void fixedAmountIgnoresTheDeclaredFigure() {
		AmountRule rule = AmountRule.fixed(new BigDecimal("200000"));

		assertThat(rule.amountFor(null)).contains(new BigDecimal("200000.00"));
		assertThat(rule.amountFor(new BigDecimal("5"))).contains(new BigDecimal("200000.00"));
		assertThat(rule.needsFigure()).isFalse();
	}

	@Test
	void percentageIsRoundedHalfUpToTheFen() {
		AmountRule rule = AmountRule.percentOf(new BigDecimal("10"), Figure.RD_SPEND, null);

		assertThat(rule.amountFor(new BigDecimal("1234.45"))).contains(new BigDecimal("123.45"));
		assertThat(rule.amountFor(new BigDecimal("0.05"))).contains(new BigDecimal("0.01"));
		assertThat(rule.amountFor(new BigDecimal("0.04"))).contains(new BigDecimal("0.00"));
		assertThat(rule.amountFor(new BigDecimal("1234.55"))).contains(new BigDecimal("123.46"));
	}

	@Test
	void fractionalPercentageKeepsExactFen() {
		AmountRule rule = AmountRule.percentOf(new BigDecimal("12.5"), Figure.LOAN_INTEREST, null);

		assertThat(rule.amountFor(new BigDecimal("333333.33"))).contains(new BigDecimal("41666.67"));
	}

	@Test
	void capLimitsTheRoundedAmount() {
		AmountRule rule = AmountRule.percentOf(new BigDecimal("20"), Figure.RD_SPEND, new BigDecimal("500000"));

		assertThat(rule.amountFor(new BigDecimal("2499999.99"))).contains(new BigDecimal("500000.00"));
		assertThat(rule.amountFor(new BigDecimal("2499999.95"))).contains(new BigDecimal("499999.99"));
		assertThat(rule.amountFor(new BigDecimal("9000000"))).contains(new BigDecimal("500000.00"));
	}

	@Test
	void percentageWithoutDeclaredFigureHasNoAmount() {
		AmountRule rule = AmountRule.percentOf(new BigDecimal("5"), Figure.EXPORTS, null);

		assertThat(rule.amountFor(null)).isEmpty();
		assertThat(rule.needsFigure()).isTrue();
	}

	@Test
	void refusesMoreThanTwoDecimalsInAnAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> AmountRule.fixed(new BigDecimal("10.001")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AmountRule.percentOf(BigDecimal.ONE, Figure.REVENUE, new BigDecimal("0.005")));
	}

	@Test
	void refusesPercentageOutOfRangeOrOfACount() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AmountRule.percentOf(new BigDecimal("100.01"), Figure.REVENUE, null));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountRule.percentOf(BigDecimal.ZERO, Figure.REVENUE, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AmountRule.percentOf(new BigDecimal("1.00001"), Figure.REVENUE, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AmountRule.percentOf(BigDecimal.TEN, Figure.EMPLOYEES, null));
	}

	@Test
	void refusesNonPositiveFixedAmount() {
		assertThatIllegalArgumentException().isThrownBy(() -> AmountRule.fixed(BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountRule.fixed(new BigDecimal("-1")));
	}

}
