package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.rule.Verdict.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhuqi.policy.rule.RuleAttribute.FOUNDED_ON;
import static org.zhuqi.policy.rule.RuleAttribute.INDUSTRY;
import static org.zhuqi.policy.rule.RuleAttribute.REGISTERED_CAPITAL;
import static org.zhuqi.policy.rule.RuleAttribute.SIZE;
import static org.zhuqi.policy.rule.RuleAttribute.STREET;
import static org.zhuqi.policy.rule.RuleAttribute.TAGS;
import static org.zhuqi.policy.rule.RuleAttribute.YEARS_SINCE_FOUNDING;
import static org.zhuqi.policy.rule.RuleOperator.*;

/** The one rule evaluator, operator by operator, over nested groups and with missing values. */
class RuleEvaluatorTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	/** 西溪街道, software (I), small, 1 million capital, founded 2020-03-15, high-tech, R&D 500,000 declared. */
	private static final EnterpriseProfile SOFTWARE_HOUSE = new EnterpriseProfile(1, "西溪软件", "91330106MA0000001X", "XIXI", "I", "SMALL",
			new BigDecimal("1000000.00"), LocalDate.of(2020, 3, 15), Set.of("高新技术企业", "专精特新"), 7L,
			Map.of(Figure.RD_SPEND, new BigDecimal("500000.00"), Figure.EMPLOYEES, new BigDecimal("40")));

	private static boolean holds(Rule rule) {
		return RuleEvaluator.evaluate(rule, SOFTWARE_HOUSE, TODAY).matched();
	}

	@Test
	void aPolicyWithoutRuleAdmitsEveryEnterprise() {
		Verdict verdict = RuleEvaluator.evaluate(null, SOFTWARE_HOUSE, TODAY);
		assertThat(verdict.matched()).isTrue();
		assertThat(verdict.lines()).isEmpty();
	}

	@Test
	void streetIndustryAndSizeAreInOrNotInASet() {
		assertThat(holds(RuleCondition.of(STREET, IN, "GUDANG", "XIXI"))).isTrue();
		assertThat(holds(RuleCondition.of(STREET, IN, "GUDANG"))).isFalse();
		assertThat(holds(RuleCondition.of(STREET, NOT_IN, "GUDANG"))).isTrue();
		assertThat(holds(RuleCondition.of(INDUSTRY, IN, "I", "M"))).isTrue();
		assertThat(holds(RuleCondition.of(INDUSTRY, NOT_IN, "I"))).isFalse();
		assertThat(holds(RuleCondition.of(SIZE, IN, "SMALL", "MICRO"))).isTrue();
		assertThat(holds(RuleCondition.of(SIZE, IN, "LARGE"))).isFalse();
	}

	@Test
	void tagsAreHadAnyAllOrNone() {
		assertThat(holds(RuleCondition.of(TAGS, HAS_ANY, "规上企业", "高新技术企业"))).isTrue();
		assertThat(holds(RuleCondition.of(TAGS, HAS_ANY, "规上企业"))).isFalse();
		assertThat(holds(RuleCondition.of(TAGS, HAS_ALL, "专精特新", "高新技术企业"))).isTrue();
		assertThat(holds(RuleCondition.of(TAGS, HAS_ALL, "专精特新", "规上企业"))).isFalse();
		assertThat(holds(RuleCondition.of(TAGS, HAS_NONE, "规上企业"))).isTrue();
		assertThat(holds(RuleCondition.of(TAGS, HAS_NONE, "规上企业", "专精特新"))).isFalse();
	}

	@Test
	void registeredCapitalComparesWithEveryNumericOperatorAtItsBoundary() {
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, GE, "1000000"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, GE, "1000000.01"))).isFalse();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, GT, "1000000"))).isFalse();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, GT, "999999.99"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, LE, "1000000"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, LE, "999999.99"))).isFalse();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, LT, "1000000"))).isFalse();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, LT, "1000000.01"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, EQ, "1000000"))).as("scale does not matter").isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, EQ, "1"))).isFalse();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, BETWEEN, "1000000", "2000000"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, BETWEEN, "500000", "1000000"))).isTrue();
		assertThat(holds(RuleCondition.of(REGISTERED_CAPITAL, BETWEEN, "1000000.01", "2000000"))).isFalse();
	}

	@Test
	void declaredFiguresCompareLikeNumbers() {
		assertThat(holds(RuleCondition.figure(Figure.RD_SPEND, GE, "500000"))).isTrue();
		assertThat(holds(RuleCondition.figure(Figure.RD_SPEND, GT, "500000"))).isFalse();
		assertThat(holds(RuleCondition.figure(Figure.EMPLOYEES, BETWEEN, "10", "50"))).isTrue();
		assertThat(holds(RuleCondition.figure(Figure.EMPLOYEES, LT, "40"))).isFalse();
	}

	@Test
	void foundingDateIsStrictlyBeforeOrAfter() {
		assertThat(holds(RuleCondition.of(FOUNDED_ON, BEFORE, "2020-03-16"))).isTrue();
		assertThat(holds(RuleCondition.of(FOUNDED_ON, BEFORE, "2020-03-15"))).isFalse();
		assertThat(holds(RuleCondition.of(FOUNDED_ON, AFTER, "2020-03-14"))).isTrue();
		assertThat(holds(RuleCondition.of(FOUNDED_ON, AFTER, "2020-03-15"))).isFalse();
	}

	@Test
	void yearsSinceFoundingCountsFullYearsOnTheDayOfEvaluation() {
		// 2020-03-15 to 2026-11-26: six full years
		assertThat(holds(RuleCondition.of(YEARS_SINCE_FOUNDING, GE, "6"))).isTrue();
		assertThat(holds(RuleCondition.of(YEARS_SINCE_FOUNDING, GE, "7"))).isFalse();
		assertThat(holds(RuleCondition.of(YEARS_SINCE_FOUNDING, LE, "6"))).isTrue();
		Rule sevenYears = RuleCondition.of(YEARS_SINCE_FOUNDING, GE, "7");
		assertThat(RuleEvaluator.matches(sevenYears, SOFTWARE_HOUSE, LocalDate.of(2027, 3, 14))).isFalse();
		assertThat(RuleEvaluator.matches(sevenYears, SOFTWARE_HOUSE, LocalDate.of(2027, 3, 15))).isTrue();
	}

	@Test
	void allNeedsEveryMemberAndAnyOne() {
		Rule pass = RuleCondition.of(STREET, IN, "XIXI");
		Rule fail = RuleCondition.of(SIZE, IN, "LARGE");
		assertThat(holds(RuleGroup.all(pass, pass))).isTrue();
		assertThat(holds(RuleGroup.all(pass, fail))).isFalse();
		assertThat(holds(RuleGroup.any(fail, pass))).isTrue();
		assertThat(holds(RuleGroup.any(fail, fail))).isFalse();
	}

	@Test
	void nestedGroupsCombineAndExplainEveryLineWithItsDepth() {
		Rule rule = RuleGroup.all(RuleCondition.of(STREET, IN, "XIXI"),
				RuleGroup.any(RuleCondition.of(SIZE, IN, "LARGE"),
						RuleGroup.all(RuleCondition.of(TAGS, HAS_ANY, "高新技术企业"),
								RuleCondition.figure(Figure.RD_SPEND, GE, "100000"))));
		Verdict verdict = RuleEvaluator.evaluate(rule, SOFTWARE_HOUSE, TODAY);
		assertThat(verdict.matched()).isTrue();
		assertThat(verdict.lines()).extracting(Verdict.Line::depth).containsExactly(0, 1, 1, 2, 2, 3, 3);
		assertThat(verdict.lines()).extracting(Verdict.Line::status)
			.containsExactly(Status.PASSED, Status.PASSED, Status.PASSED, Status.FAILED, Status.PASSED,
					Status.PASSED, Status.PASSED);
		assertThat(verdict.failures()).singleElement()
			.satisfies(line -> assertThat(line.reasonArguments()).containsExactly("SMALL"));
		assertThat(RuleEvaluator.matches(rule, SOFTWARE_HOUSE, TODAY)).isTrue();
	}

	@Test
	void anUndeclaredFigureFailsItsConditionAsNotDeclared() {
		Rule rule = RuleGroup.any(RuleCondition.figure(Figure.EXPORTS, GE, "0"), RuleCondition.of(STREET, IN, "XIXI"));
		Verdict verdict = RuleEvaluator.evaluate(rule, SOFTWARE_HOUSE, TODAY);
		assertThat(verdict.matched()).as("the other member of ANY still holds").isTrue();
		Verdict.Line exports = verdict.lines().get(1);
		assertThat(exports.status()).isEqualTo(Status.MISSING);
		assertThat(exports.reasonCode()).isEqualTo(RuleEvaluator.UNDECLARED);
		assertThat(exports.reasonArguments()).containsExactly("policy.figure.EXPORTS");
		assertThat(holds(RuleCondition.figure(Figure.EXPORTS, LE, "1000000"))).isFalse();
	}

	@Test
	void aMissingAttributeFailsItsConditionWithoutThrowing() {
		EnterpriseProfile blank = new EnterpriseProfile(2, "空白企业", null, null, null, null, null, null, null, null, null);
		for (Rule rule : List.<Rule>of(RuleCondition.of(STREET, NOT_IN, "XIXI"), RuleCondition.of(REGISTERED_CAPITAL, GE, "0"),
				RuleCondition.of(FOUNDED_ON, BEFORE, "2030-01-01"), RuleCondition.of(YEARS_SINCE_FOUNDING, LE, "100"))) {
			Verdict verdict = RuleEvaluator.evaluate(rule, blank, TODAY);
			assertThat(verdict.matched()).as(rule.toString()).isFalse();
			assertThat(verdict.lines()).singleElement().satisfies(line -> {
				assertThat(line.status()).isEqualTo(Status.MISSING);
				assertThat(line.reasonCode()).isEqualTo(RuleEvaluator.UNKNOWN);
			});
		}
		assertThat(RuleEvaluator.matches(RuleCondition.of(TAGS, HAS_NONE, "规上企业"), blank, TODAY))
			.as("no tags is a known value: none of them").isTrue();
	}

	@Test
	void aStoredConditionThatNeverPassedValidationFailsInsteadOfThrowing() {
		Verdict verdict = RuleEvaluator.evaluate(RuleCondition.of(REGISTERED_CAPITAL, GE, "很多"), SOFTWARE_HOUSE, TODAY);
		assertThat(verdict.matched()).isFalse();
		assertThat(verdict.lines().get(0).reasonCode()).isEqualTo(RuleEvaluator.INVALID);
	}

	@Test
	void passedAndFailedConditionsGiveTheEnterprisesActualValue() {
		Verdict verdict = RuleEvaluator.evaluate(
				RuleGroup.all(RuleCondition.figure(Figure.RD_SPEND, GE, "1000000"), RuleCondition.of(FOUNDED_ON, AFTER, "2019-01-01")),
				SOFTWARE_HOUSE, TODAY);
		assertThat(verdict.matched()).isFalse();
		assertThat(verdict.lines().get(1).reasonArguments()).containsExactly(new BigDecimal("500000.00"));
		assertThat(verdict.lines().get(2).reasonArguments()).containsExactly(LocalDate.of(2020, 3, 15));
	}

}
