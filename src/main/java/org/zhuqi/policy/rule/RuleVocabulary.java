package org.zhuqi.policy.rule;

import java.util.Set;

/**
 * The codes a rule may name for the attributes with fixed lists (streets, industry sections, size classes),
 * so that {@link RuleValidator} refuses a typo instead of storing a rule nobody can match. An empty set does
 * not check. Tags are free: a policy may name a tag no enterprise carries yet.
 */
public record RuleVocabulary(Set<String> streets, Set<String> industries, Set<String> sizes) {

	public RuleVocabulary {
		streets = Set.copyOf(streets);
		industries = Set.copyOf(industries);
		sizes = Set.copyOf(sizes);
	}

	/** No list checked. */
	public static RuleVocabulary open() {
		return new RuleVocabulary(Set.of(), Set.of(), Set.of());
	}

	Set<String> codesOf(RuleAttribute attribute) {
		return switch (attribute) {
			case STREET -> streets;
			case INDUSTRY -> industries;
			case SIZE -> sizes;
			default -> Set.of();
		};
	}

}
