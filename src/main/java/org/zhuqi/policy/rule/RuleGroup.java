package org.zhuqi.policy.rule;

import java.util.List;
import java.util.Objects;

/**
 * Rules combined: {@link Junction#ALL} holds when every member holds (AND), {@link Junction#ANY} when at least
 * one does (OR). Groups nest; {@link RuleValidator} refuses an empty group and limits the depth.
 */
public record RuleGroup(Junction junction, List<Rule> members) implements Rule {

	/** How the members of a group combine. */
	public enum Junction {

		/** AND: every member holds. */
		ALL,

		/** OR: at least one member holds. */
		ANY

	}

	public RuleGroup {
		Objects.requireNonNull(junction, "junction");
		members = List.copyOf(members);
	}

	public static RuleGroup all(Rule... members) {
		return new RuleGroup(Junction.ALL, List.of(members));
	}

	public static RuleGroup any(Rule... members) {
		return new RuleGroup(Junction.ANY, List.of(members));
	}

}
