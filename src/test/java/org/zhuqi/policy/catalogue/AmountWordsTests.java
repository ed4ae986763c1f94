package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AmountWordsTests {

	private final AmountWords words = new AmountWords(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/policy");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void saysAPercentageWithItsCapInWan() {
		AmountRule rule = AmountRule.percentOf(new BigDecimal("20.00"), Figure.RD_SPEND, new BigDecimal("500000"));

		assertThat(words.describe(rule, Locale.SIMPLIFIED_CHINESE)).isEqualTo("研发费用的 20%，最高 50 万元");
		assertThat(words.describe(rule, Locale.ENGLISH)).isEqualTo("20% of R&D spend, at most 500,000 yuan");
	}

	@Test
	void saysFixedAmountsAndUncappedPercentages() {
		assertThat(words.describe(AmountRule.fixed(new BigDecimal("12345.6")), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("每家 12,345.60 元");
		assertThat(words.describe(AmountRule.percentOf(new BigDecimal("2.5"), Figure.LOAN_INTEREST, null),
				Locale.ENGLISH)).isEqualTo("2.5% of loan interest paid");
	}

	@Test
	void showsWholeWanOnlyInChinese() {
		assertThat(words.money(new BigDecimal("3000000.00"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("300 万元");
		assertThat(words.money(new BigDecimal("3005000.00"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("3,005,000 元");
		assertThat(words.money(new BigDecimal("3000000.00"), Locale.ENGLISH)).isEqualTo("3,000,000 yuan");
	}

}
