package org.zhuqi.policy.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Matching as the pages show it, scoped by the viewer: a policy's matched list for the centre and the issuing
 * department (its own policies only); 政策体检 for an enterprise (itself only); the paired enterprises of a
 * cadre against the published policies.
 */
@Service
@Transactional(readOnly = true)
class Matching {

	private final Eligibility eligibility;

	private final PolicyLookup policies;

	private final Directory directory;

	private final RuleWords words;

	Matching(Eligibility eligibility, PolicyLookup policies, Directory directory, RuleWords words) {
		this.eligibility = eligibility;
		this.policies = policies;
		this.directory = directory;
		this.words = words;
	}

	/** The policy, for a viewer who may see its matched list: the centre, or the issuing department. */
	PolicyRef matchable(long policyId, Viewer viewer) {
		PolicyRef policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
		boolean ownDepartment = viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null
				&& viewer.departmentId() == policy.departmentId();
		if (!viewer.isAdmin() && !ownDepartment) {
			throw new AccessDeniedException("may not see the matches of policy " + policyId);
		}
		return policy;
	}

	/** The matched enterprises whose name contains {@code q} or whose credit code starts with it, by name. */
	List<EnterpriseProfile> matches(PolicyRef policy, String q) {
		String text = q == null ? "" : q.strip();
		return eligibility.matching(policy)
			.stream()
			.filter(p -> text.isEmpty() || p.name().contains(text)
					|| p.uscc() != null && p.uscc().startsWith(text.toUpperCase(Locale.ROOT)))
			.sorted(Comparator.comparing(EnterpriseProfile::name).thenComparing(EnterpriseProfile::id))
			.toList();
	}

	/** One page of {@link #matches(PolicyRef, String)}. */
	Page<EnterpriseProfile> matches(PolicyRef policy, String q, Pageable pageable) {
		return page(matches(policy, q), pageable);
	}

	/** One page of a list computed in memory. */
	static <T> Page<T> page(List<T> all, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new PageImpl<>(all.subList(from, to), pageable, all.size());
	}

	/** One policy of 政策体检: whether the enterprise qualifies and why, condition by condition. */
	public record CheckupItem(PolicyRef policy, boolean matched, List<RuleWords.Line> lines) {
	}

	/** 政策体检: every published policy open today, matched first, for the viewing enterprise only. */
	List<CheckupItem> checkup(Viewer viewer, Locale locale) {
		long enterpriseId = ownEnterprise(viewer);
		EnterpriseProfile profile = eligibility.profile(enterpriseId);
		List<CheckupItem> items = new ArrayList<>();
		for (PolicyRef policy : openPolicies()) {
			Verdict verdict = verdict(policy, profile);
			items.add(new CheckupItem(policy, verdict.matched(), words.explain(verdict, locale)));
		}
		items.sort(Comparator.comparing(item -> !item.matched()));
		return items;
	}

	/** The enterprise of an enterprise user; nobody else has a 政策体检. */
	long ownEnterprise(Viewer viewer) {
		if (!viewer.is(Role.ENTERPRISE) || viewer.enterpriseId() == null) {
			throw new AccessDeniedException("政策体检 is an enterprise's own page");
		}
		return viewer.enterpriseId();
	}

	/** One published policy and which of a cadre's paired enterprises qualify for it. */
	public record CadreMatch(PolicyRef policy, List<EnterpriseProfile> enterprises) {
	}

	/** The published open policies with at least one of the cadre's paired enterprises qualifying. */
	List<CadreMatch> cadreMatches(Viewer viewer) {
		if (!viewer.is(Role.CADRE) || viewer.cadreId() == null) {
			throw new AccessDeniedException("only a cadre sees the matches of its paired enterprises");
		}
		List<Long> paired = directory.enterprisesPairedWith(viewer.cadreId()).stream().map(EnterpriseRef::id).toList();
		List<EnterpriseProfile> profiles = eligibility.profiles(paired)
			.stream()
			.sorted(Comparator.comparing(EnterpriseProfile::name))
			.toList();
		List<CadreMatch> matches = new ArrayList<>();
		for (PolicyRef policy : openPolicies()) {
			List<EnterpriseProfile> qualifying = profiles.stream()
				.filter(profile -> verdict(policy, profile).matched())
				.toList();
			if (!qualifying.isEmpty()) {
				matches.add(new CadreMatch(policy, qualifying));
			}
		}
		return matches;
	}

	/** The cadres of the given enterprises with how many of them each has, for publication notices. */
	static Map<Long, Long> cadresOf(List<EnterpriseProfile> enterprises) {
		return enterprises.stream()
			.filter(p -> p.cadreId() != null)
			.collect(Collectors.groupingBy(EnterpriseProfile::cadreId, Collectors.counting()));
	}

	private List<PolicyRef> openPolicies() {
		return policies.published().stream().filter(p -> p.isOpenOn(eligibility.today())).toList();
	}

	/** The verdict, or "does not qualify" when the stored rule cannot be read (never an error page). */
	private Verdict verdict(PolicyRef policy, EnterpriseProfile profile) {
		try {
			return RuleEvaluator.evaluate(eligibility.ruleOf(policy), profile, eligibility.today());
		}
		catch (InvalidRuleException ex) {
			return new Verdict(false, List.of());
		}
	}

}
