package org.zhuqi.policy.rule;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.policy.catalogue.Figure;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor's flat lines and the rule tree, both ways, and the editor's buttons. */
class RuleLinesTests {

	private static final Rule NESTED = RuleGroup.any(RuleCondition.figure(Figure.RD_SPEND, RuleOperator.BETWEEN, "1", "9"),
			RuleGroup.all(RuleCondition.of(RuleAttribute.STREET, RuleOperator.IN, "XIXI", "GUDANG"),
					RuleGroup.any(RuleCondition.of(RuleAttribute.FOUNDED_ON, RuleOperator.BEFORE, "2020-01-01"))),
			RuleCondition.of(RuleAttribute.TAGS, RuleOperator.HAS_NONE, "失信企业"));

	@Test
	void aNestedRuleBecomesLinesAndBackUnchanged() {
		RuleForm form = RuleLines.toForm(NESTED, 3);
		assertThat(form.getJunction()).isEqualTo("ANY");
		assertThat(form.getVersion()).isEqualTo(3);
		assertThat(form.getLines()).extracting(RuleForm.Line::getLevel).containsExactly(0, 0, 1, 1, 2, 0);
		assertThat(form.getLines().get(0).getAttribute()).isEqualTo("FIGURE.RD_SPEND");
		assertThat(form.getLines().get(0).getUpper()).isEqualTo("9");
		assertThat(form.getLines().get(2).getChosen()).containsExactly("XIXI", "GUDANG");
		RuleLines.Converted converted = RuleLines.toRule(form);
		assertThat(converted.problems()).isEmpty();
		assertThat(converted.rule()).isEqualTo(NESTED);
		assertThat(converted.field(((RuleGroup) converted.rule()).members().get(1), "junction")).isEqualTo("lines[1].junction");
	}

	@Test
	void noLinesIsNoRuleAndALoneConditionIsOneLine() {
		assertThat(RuleLines.toRule(new RuleForm()).rule()).isNull();
		RuleForm form = RuleLines.toForm(RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "SMALL"), 0);
		assertThat(form.getLines()).hasSize(1);
		assertThat(RuleLines.toRule(form).rule())
			.isEqualTo(RuleGroup.all(RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "SMALL")));
	}

	@Test
	void aLineDeeperThanItsGroupIsReported() {
		RuleForm form = new RuleForm();
		RuleForm.Line line = RuleForm.Line.condition(2);
		line.setChosen(List.of("XIXI"));
		form.getLines().add(line);
		assertThat(RuleLines.toRule(form).problems()).extracting(RuleProblem::where).containsExactly("lines[0].level");
	}

	@Test
	void theButtonsAddAndRemoveLinesWithWhatTheyHold() {
		RuleForm form = RuleLines.toForm(NESTED, 0);
		RuleLines.apply(form, "addTo-1");
		assertThat(form.getLines()).extracting(RuleForm.Line::getLevel).containsExactly(0, 0, 1, 1, 2, 1, 0);
		RuleLines.apply(form, "remove-1");
		assertThat(form.getLines()).extracting(RuleForm.Line::getLevel).containsExactly(0, 0);
		RuleLines.apply(form, "addGroup");
		assertThat(form.getLines()).extracting(RuleForm.Line::isGroup).containsExactly(false, false, true, false);
		RuleLines.apply(form, "remove-99");
		assertThat(form.getLines()).hasSize(4);
	}

	@Test
	void changingTheAttributeGivesAnOperatorThatFits() {
		RuleForm form = new RuleForm();
		RuleLines.apply(form, "add");
		form.getLines().get(0).setAttribute("FIGURE.EMPLOYEES");
		RuleLines.apply(form, "refresh");
		assertThat(form.getLines().get(0).getOperator()).isEqualTo("GE");
		assertThat(form.getLines().get(0).getKind()).isEqualTo("NUMBER");
	}

}
