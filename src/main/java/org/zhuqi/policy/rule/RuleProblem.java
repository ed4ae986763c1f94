package org.zhuqi.policy.rule;

import java.util.List;

/**
 * Why a rule is not valid, in the user's language: a message code with its arguments, and where in the rule
 * (a JSON path such as {@code all[1].any[0]}, or the form field of the editor's line such as
 * {@code lines[2].values}).
 */
public record RuleProblem(String where, String code, List<Object> arguments) {

	public RuleProblem {
		arguments = List.copyOf(arguments);
	}

	public static RuleProblem at(String where, String code, Object... arguments) {
		return new RuleProblem(where, code, List.of(arguments));
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
