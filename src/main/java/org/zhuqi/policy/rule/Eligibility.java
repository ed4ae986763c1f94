package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseProfileRef;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.RecordNotFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who qualifies for a policy: evaluates the policy's stored rule with {@link RuleEvaluator} over enterprise
 * profiles (directory attributes plus declared figures), for one enterprise or the whole directory (read in
 * pages of {@value #PAGE}, so memory stays flat for tens of thousands of enterprises). Unscoped: callers decide
 * what their viewer may see. The other parts of the module call {@link #check(long, long)}.
 */
@Service
@Transactional(readOnly = true)
public class Eligibility {

	private static final int PAGE = 1000;

	private final Directory directory;

	private final DeclaredFigures figures;

	private final PolicyLookup policies;

	private final RuleJson json;

	private final Clock clock;

	Eligibility(Directory directory, DeclaredFigures figures, PolicyLookup policies, JsonMapper json, Clock clock) {
		this.directory = directory;
		this.figures = figures;
		this.policies = policies;
		this.json = new RuleJson(json);
		this.clock = clock;
	}

	/**
	 * Whether the enterprise qualifies for the policy today, with the reason for every condition.
	 *
	 * @throws RecordNotFoundException for an unknown policy or enterprise
	 * @throws InvalidRuleException when the stored rule cannot be read
	 */
	public Verdict check(long policyId, long enterpriseId) {
		PolicyRef policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
		return check(policy, enterpriseId);
	}

	/** As {@link #check(long, long)} for a policy at hand. */
	public Verdict check(PolicyRef policy, long enterpriseId) {
		return RuleEvaluator.evaluate(ruleOf(policy), profile(enterpriseId), today());
	}

	/** The enterprise as rules see it. */
	public EnterpriseProfile profile(long enterpriseId) {
		EnterpriseProfileRef ref = directory.enterpriseProfiles(List.of(enterpriseId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("enterprise", enterpriseId));
		return EnterpriseProfile.of(ref, figures.figuresOf(enterpriseId));
	}

	/** The given enterprises as rules see them, by id (unknown ids are left out). */
	public List<EnterpriseProfile> profiles(List<Long> enterpriseIds) {
		List<EnterpriseProfileRef> refs = directory.enterpriseProfiles(enterpriseIds);
		Map<Long, Map<Figure, BigDecimal>> declared = figures.figuresOf(enterpriseIds);
		return refs.stream().map(ref -> EnterpriseProfile.of(ref, declared.getOrDefault(ref.id(), Map.of()))).toList();
	}

	/** The policy's rule, or {@code null} when every enterprise qualifies. */
	public Rule ruleOf(PolicyRef policy) {
		return json.read(policy.rule());
	}

	/** Every enterprise of the directory that qualifies for the policy, by id. */
	public List<EnterpriseProfile> matching(PolicyRef policy) {
		return matching(ruleOf(policy));
	}

	/** Every enterprise of the directory the rule admits, by id. */
	public List<EnterpriseProfile> matching(Rule rule) {
		List<EnterpriseProfile> matches = new ArrayList<>();
		forEachMatch(rule, matches::add);
		return matches;
	}

	/** How many enterprises of the directory the rule admits (the editor's preview). */
	public long count(Rule rule) {
		long[] count = { 0 };
		forEachMatch(rule, profile -> count[0]++);
		return count[0];
	}

	/** The day rules are evaluated on (years since founding), in the district's zone. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private void forEachMatch(Rule rule, Consumer<EnterpriseProfile> consumer) {
		LocalDate today = today();
		long after = 0;
		List<EnterpriseProfileRef> page;
		do {
			page = directory.enterpriseProfiles(after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			Map<Long, Map<Figure, BigDecimal>> declared = figures.figuresOf(page.stream().map(EnterpriseProfileRef::id).toList());
			for (EnterpriseProfileRef ref : page) {
				EnterpriseProfile profile = EnterpriseProfile.of(ref, declared.getOrDefault(ref.id(), Map.of()));
				if (RuleEvaluator.matches(rule, profile, today)) {
					consumer.accept(profile);
				}
			}
			after = page.get(page.size() - 1).id();
		}
		while (page.size() == PAGE);
	}

}
