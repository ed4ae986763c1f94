package org.zhuqi.policy.rule;

/**
 * An eligibility rule of a policy (资格条件), as data the centre edits without code: either one
 * {@link RuleCondition} over an enterprise attribute or declared figure, or a {@link RuleGroup} of rules that
 * must all (AND) or any (OR) hold. Stored as JSON in column {@code policy.rule} (see {@link RuleJson}); a
 * policy without a rule is open to every enterprise. Evaluated by {@link RuleEvaluator} only.
 */
public sealed interface Rule permits RuleGroup, RuleCondition {

}
