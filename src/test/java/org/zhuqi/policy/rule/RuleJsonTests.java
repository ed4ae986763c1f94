package org.zhuqi.policy.rule;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.catalogue.Figure;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules as the JSON stored in policy.rule, and what the validator refuses. */
class RuleJsonTests {

	private final RuleJson json = new RuleJson(JsonMapper.builder().build());

	private final RuleValidator validator = new RuleValidator(
			new RuleVocabulary(Set.of("XIXI", "GUDANG"), Set.of("I", "M"), Set.of("LARGE", "MEDIUM", "SMALL", "MICRO")));

	@Test
	void aRuleSurvivesTheRoundTrip() {
		Rule rule = RuleGroup.all(RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN, "XIXI", "GUDANG"),
				RuleGroup.any(RuleCondition.of(RuleAttribute.TAGS, RuleOperator.HAS_ANY, "高新技术企业"),
						RuleCondition.figure(Figure.RD_SPEND, RuleOperator.BETWEEN, "500000", "1000000.5")),
				RuleCondition.of(RuleAttribute.FOUNDED_ON, RuleOperator.BEFORE, "2024-01-01"));
		String stored = json.write(rule);
		assertThat(stored).startsWith("{\"all\":[{\"attribute\":\"STREET\",\"operator\":\"IN\",\"values\":[\"XIXI\",\"GUDANG\"]}");
		assertThat(json.read(stored)).isEqualTo(rule);
		assertThat(validator.problems(rule)).isEmpty();
	}

	@Test
	void noRuleIsStoredAsNullAndBlankReadsAsNoRule() {
		assertThat(json.write(null)).isNull();
		assertThat(json.read(null)).isNull();
		assertThat(json.read("  ")).isNull();
		assertThat(json.read("null")).isNull();
	}

	@Test
	void numbersMayBeWrittenAsJsonNumbers() {
		Rule rule = json.read("{\"attribute\":\"registered_capital\",\"operator\":\"ge\",\"values\":[1000000]}");
		assertThat(rule).isEqualTo(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.GE, "1000000"));
	}

	@Test
	void unknownNamesAreReportedByTheirPath() {
		assertThatThrownBy(() -> json.read("""
				{"all": [{"attribute": "COLOUR", "operator": "IN", "values": ["red"]},
				         {"any": [{"attribute": "FIGURE", "figure": "PROFIT", "operator": "ABOUT", "values": [true]}]}]}"""))
			.isInstanceOfSatisfying(InvalidRuleException.class, ex -> assertThat(ex.problems())
				.extracting(RuleProblem::where, RuleProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("all[0]", "policy.rule.invalid.attribute"),
						org.assertj.core.groups.Tuple.tuple("all[1].any[0]", "policy.rule.invalid.unknownOperator"),
						org.assertj.core.groups.Tuple.tuple("all[1].any[0]", "policy.rule.invalid.unknownFigure"),
						org.assertj.core.groups.Tuple.tuple("all[1].any[0]", "policy.rule.invalid.valueType")));
	}

	@Test
	void brokenJsonIsOneProblem() {
		assertThatThrownBy(() -> json.read("{\"all\": ["))
			.isInstanceOfSatisfying(InvalidRuleException.class,
					ex -> assertThat(ex.problems()).extracting(RuleProblem::code).containsExactly("policy.rule.invalid.json"));
		assertThatThrownBy(() -> json.read("[1, 2]")).isInstanceOf(InvalidRuleException.class);
	}

	@Test
	void theValidatorRefusesAnOperatorThatDoesNotFitTheAttribute() {
		assertThat(codes(RuleCondition.of(RuleAttribute.STREET, RuleOperator.GE, "XIXI")))
			.containsExactly("policy.rule.invalid.operator");
		assertThat(codes(RuleCondition.of(RuleAttribute.TAGS, RuleOperator.IN, "高新技术企业")))
			.containsExactly("policy.rule.invalid.operator");
		assertThat(codes(RuleCondition.of(RuleAttribute.FOUNDED_ON, RuleOperator.LT, "2020-01-01")))
			.containsExactly("policy.rule.invalid.operator");
	}

	@Test
	void theValidatorRefusesValuesOfTheWrongTypeOrNumber() {
		assertThat(codes(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.GE, "一百万")))
			.containsExactly("policy.rule.invalid.number");
		assertThat(codes(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.GE, "-1")))
			.containsExactly("policy.rule.invalid.negative");
		assertThat(codes(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.GE, "1.005")))
			.containsExactly("policy.rule.invalid.fen");
		assertThat(codes(RuleCondition.of(RuleAttribute.YEARS_SINCE_FOUNDING, RuleOperator.GE, "2.5")))
			.containsExactly("policy.rule.invalid.whole");
		assertThat(codes(RuleCondition.figure(Figure.EMPLOYEES, RuleOperator.GE, "10.5")))
			.containsExactly("policy.rule.invalid.whole");
		assertThat(codes(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.BETWEEN, "5")))
			.containsExactly("policy.rule.invalid.valueCount");
		assertThat(codes(RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.BETWEEN, "9", "5")))
			.containsExactly("policy.rule.invalid.range");
		assertThat(codes(RuleCondition.of(RuleAttribute.FOUNDED_ON, RuleOperator.BEFORE, "2020-13-01")))
			.containsExactly("policy.rule.invalid.date");
		assertThat(codes(RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN, "XIXI", "NOWHERE")))
			.containsExactly("policy.rule.invalid.code");
		assertThat(codes(RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN))).containsExactly("policy.rule.invalid.noValues");
		assertThat(codes(new RuleCondition(RuleAttribute.FIGURE, null, RuleOperator.GE, java.util.List.of("1"))))
			.containsExactly("policy.rule.invalid.figureMissing");
	}

	@Test
	void theValidatorRefusesEmptyGroupsAndTooDeepNesting() {
		assertThat(codes(RuleGroup.all())).containsExactly("policy.rule.invalid.emptyGroup");
		Rule leaf = RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN, "XIXI");
		Rule fourDeep = RuleGroup.all(RuleGroup.any(RuleGroup.all(RuleGroup.any(leaf))));
		assertThat(codes(fourDeep)).isEmpty();
		assertThat(codes(RuleGroup.all(fourDeep))).containsExactly("policy.rule.invalid.depth");
		assertThat(validator.problems(RuleGroup.all(leaf, RuleGroup.any())))
			.extracting(RuleProblem::where).containsExactly("all[1]");
	}

	@Test
	void requireThrowsWithEveryProblem() {
		Rule rule = RuleGroup.all(RuleGroup.any(), RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "HUGE"));
		assertThatThrownBy(() -> validator.require(rule)).isInstanceOfSatisfying(InvalidRuleException.class,
				ex -> assertThat(ex.problems()).hasSize(2));
	}

	private java.util.List<String> codes(Rule rule) {
		return validator.problems(rule).stream().map(RuleProblem::code).toList();
	}

}
