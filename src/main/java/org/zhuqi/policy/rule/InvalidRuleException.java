package org.zhuqi.policy.rule;

import java.util.List;

/** A rule that cannot be stored or evaluated, with every problem found (see {@link RuleValidator}). */
public class InvalidRuleException extends RuntimeException {

	private final transient List<RuleProblem> problems;

	public InvalidRuleException(List<RuleProblem> problems) {
		super(problems.stream().map(p -> p.where() + ": " + p.code() + " " + p.arguments()).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public List<RuleProblem> problems() {
		return problems;
	}

}
