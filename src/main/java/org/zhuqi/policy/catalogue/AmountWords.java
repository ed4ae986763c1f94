package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says amounts and amount rules in words for people, e.g. 研发费用的 20%，最高 50 万元. Chinese shows whole 万
 * as 万元; English and other amounts show yuan with grouping, and fen when there are any. Pages reach it as
 * {@code @amountWords}.
 */
@Component("amountWords")
public class AmountWords {

	private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

	private final MessageSource messages;

	AmountWords(MessageSource messages) {
		this.messages = messages;
	}

	/** The rule in words, e.g. 研发费用的 20%，最高 50 万元. */
	public String describe(AmountRule rule, Locale locale) {
		if (rule.kind() == AmountRule.Kind.FIXED) {
			return messages.getMessage("policy.amount.fixed", new Object[] { money(rule.fixedAmount(), locale) },
					locale);
		}
		String figure = messages.getMessage("policy.amount.figure." + rule.percentOf().name(), null, locale);
		String percent = rule.percent().stripTrailingZeros().toPlainString();
		if (rule.cap() == null) {
			return messages.getMessage("policy.amount.percent", new Object[] { figure, percent }, locale);
		}
		return messages.getMessage("policy.amount.percentCapped",
				new Object[] { figure, percent, money(rule.cap(), locale) }, locale);
	}

	/** An amount of yuan with its unit, e.g. 50 万元 or 12 345.60 元 (with grouping commas). */
	public String money(BigDecimal amount, Locale locale) {
		boolean chinese = !"en".equals(locale.getLanguage());
		if (chinese && amount.signum() != 0 && amount.remainder(WAN).signum() == 0) {
			return messages.getMessage("policy.amount.wan", new Object[] { number(amount.divide(WAN)) }, locale);
		}
		return messages.getMessage("policy.amount.yuan", new Object[] { number(amount) }, locale);
	}

	private static String number(BigDecimal value) {
		boolean whole = value.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

}
