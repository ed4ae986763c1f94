package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyFormTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void setUp() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void tearDown() {
		factory.close();
	}

	private static PolicyForm form(Consumer<PolicyForm> change) {
		PolicyForm form = new PolicyForm();
		form.setTitle("首次上规奖励");
		form.setDocumentNo("西经信〔2026〕5号");
		form.setDepartmentId(1L);
		form.setValidFrom(LocalDate.of(2026, 1, 1));
		form.setValidUntil(LocalDate.of(2026, 12, 31));
		form.setBenefitKind(BenefitKind.REWARD);
		form.setAmountKind(AmountRule.Kind.FIXED);
		form.setFixedAmount(new BigDecimal("200000"));
		change.accept(form);
		return form;
	}

	/** The message template of each violation by field. */
	private static Map<String, String> errors(PolicyForm form) {
		Set<ConstraintViolation<PolicyForm>> violations = validator.validate(form);
		Map<String, String> errors = new TreeMap<>();
		violations.forEach(v -> errors.put(v.getPropertyPath().toString(), v.getMessageTemplate()));
		return errors;
	}

	@Test
	void acceptsADraftWithoutSummaryBodyOrBudget() {
		assertThat(errors(form(form -> {
		}))).isEmpty();
	}

	@Test
	void namesEveryMissingRequiredField() {
		assertThat(errors(new PolicyForm())).containsOnlyKeys("title", "documentNo", "departmentId", "validFrom",
				"validUntil", "benefitKind", "amountKind");
	}

	@Test
	void fixedRuleNeedsItsAmountAndIgnoresPercentageFields() {
		assertThat(errors(form(form -> form.setFixedAmount(null))))
			.containsExactly(Map.entry("fixedAmount", "{policy.form.fixedAmount.required}"));
		assertThat(errors(form(form -> form.setPercentOf(Figure.EMPLOYEES)))).isEmpty();
	}

	@Test
	void percentRuleNeedsPercentageAndAnAmountFigure() {
		assertThat(errors(form(form -> form.setAmountKind(AmountRule.Kind.PERCENT)))).containsExactly(
				Map.entry("percent", "{policy.form.percent.required}"),
				Map.entry("percentOf", "{policy.form.percentOf.required}"));
		assertThat(errors(form(form -> {
			form.setAmountKind(AmountRule.Kind.PERCENT);
			form.setPercent(new BigDecimal("20"));
			form.setPercentOf(Figure.TALENTS);
		}))).containsExactly(Map.entry("percentOf", "{policy.form.percentOf.count}"));
		assertThat(errors(form(form -> {
			form.setAmountKind(AmountRule.Kind.PERCENT);
			form.setPercent(new BigDecimal("12.3456"));
			form.setPercentOf(Figure.RD_SPEND);
			form.setAmountCap(new BigDecimal("500000"));
		}))).isEmpty();
	}

	@Test
	void percentageLiesAbove0AndAtMost100WithAtMostFourDecimals() {
		assertThat(errors(percent("0"))).containsEntry("percent", "{policy.form.percent.range}");
		assertThat(errors(percent("100.01"))).containsEntry("percent", "{policy.form.percent.range}");
		assertThat(errors(percent("100"))).isEmpty();
		assertThat(errors(percent("1.23456"))).containsEntry("percent", "{policy.form.percent.digits}");
	}

	@Test
	void amountsHaveAtMostTwoDecimalsAndArePositive() {
		assertThat(errors(form(form -> form.setFixedAmount(new BigDecimal("1.005")))))
			.containsEntry("fixedAmount", "{policy.form.amount.digits}");
		assertThat(errors(form(form -> form.setFixedAmount(BigDecimal.ZERO))))
			.containsEntry("fixedAmount", "{policy.form.amount.positive}");
		assertThat(errors(form(form -> form.setBudget(new BigDecimal("-1")))))
			.containsEntry("budget", "{policy.form.budget.negative}");
		assertThat(errors(form(form -> form.setBudget(new BigDecimal("0.001")))))
			.containsEntry("budget", "{policy.form.amount.digits}");
	}

	@Test
	void validityEndsOnOrAfterItStarts() {
		assertThat(errors(form(form -> form.setValidUntil(LocalDate.of(2025, 12, 31)))))
			.containsExactly(Map.entry("validUntil", "{policy.form.validUntil.beforeFrom}"));
		assertThat(errors(form(form -> form.setValidUntil(LocalDate.of(2026, 1, 1))))).isEmpty();
	}

	private static PolicyForm percent(String percent) {
		return form(form -> {
			form.setAmountKind(AmountRule.Kind.PERCENT);
			form.setPercent(new BigDecimal(percent));
			form.setPercentOf(Figure.REVENUE);
		});
	}

}
