package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.policy.catalogue.PolicyStatus;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * 免申即享 (enjoy without applying): the centre reviews the matched list of a policy so marked, with each
 * enterprise's amount by the policy's amount rule, excludes enterprises with a reason (reversible until the
 * list is first confirmed), then confirms: every remaining enterprise that can be granted gets an approved
 * grant ({@link GrantSource#NO_APPLICATION}) in one transaction. Enterprises that already have a grant are
 * skipped, so confirming again only adds newcomers; an enterprise whose amount needs an undeclared figure is
 * listed as not grantable with the reason.
 */
@Service
public class NoApplication {

	private static final int REASON_MAX = 500;

	private final JdbcClient jdbc;

	private final PolicyLookup policies;

	private final Eligibility eligibility;

	private final Grants grants;

	private final AuditLog audit;

	private final Clock clock;

	NoApplication(JdbcClient jdbc, PolicyLookup policies, Eligibility eligibility, Grants grants, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.eligibility = eligibility;
		this.grants = grants;
		this.audit = audit;
		this.clock = clock;
	}

	/** Where a matched enterprise stands on the list. */
	public enum Standing {

		/** Will be granted on confirmation. */
		GRANTABLE,

		/** Taken off the list with a reason. */
		EXCLUDED,

		/** Its amount cannot be computed (an undeclared figure, or nothing to grant). */
		NOT_GRANTABLE,

		/** Already has a grant of the policy. */
		GRANTED

	}

	/** One matched enterprise with its amount, or why it cannot be granted, or its exclusion. */
	public record Candidate(EnterpriseProfile enterprise, Standing standing, BigDecimal amount, String reasonCode,
			String exclusionReason) {
	}

	/** A confirmation of the list, as recorded. */
	public record Confirmation(int granted, int skipped, String confirmedBy, OffsetDateTime confirmedAt) {
	}

	/** The matched list with each enterprise's standing, by name, and the confirmations so far. */
	public record Overview(List<Candidate> candidates, List<Confirmation> confirmations) {

		public long count(Standing standing) {
			return candidates.stream().filter(c -> c.standing() == standing).count();
		}

		/** The sum of the amounts that a confirmation would grant now. */
		public BigDecimal grantableTotal() {
			return candidates.stream()
				.filter(c -> c.standing() == Standing.GRANTABLE)
				.map(Candidate::amount)
				.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		}

		public boolean confirmed() {
			return !confirmations.isEmpty();
		}

	}

	/** The policy, for the centre, if it is marked 免申即享. */
	@Transactional(readOnly = true)
	PolicyRef policy(long policyId, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre confirms 免申即享 lists");
		}
		PolicyRef policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
		if (!policy.noApplication()) {
			throw new RecordNotFoundException("no-application policy", policyId);
		}
		return policy;
	}

	@Transactional(readOnly = true)
	Overview overview(PolicyRef policy) {
		Map<Long, String> exclusions = new HashMap<>();
		jdbc.sql("select enterprise_id, reason from policy_match_exclusion where policy_id = :policy")
			.param("policy", policy.id())
			.query(rs -> {
				exclusions.put(rs.getLong(1), rs.getString(2));
			});
		Set<Long> granted = new HashSet<>(jdbc.sql("select enterprise_id from policy_grant where policy_id = :policy")
			.param("policy", policy.id())
			.query(Long.class)
			.list());
		List<Candidate> candidates = new ArrayList<>();
		for (EnterpriseProfile enterprise : eligibility.matching(policy)) {
			candidates.add(candidate(policy, enterprise, exclusions.get(enterprise.id()), granted.contains(enterprise.id())));
		}
		candidates.sort(Comparator.comparing((Candidate c) -> c.enterprise().name())
			.thenComparing(c -> c.enterprise().id()));
		return new Overview(candidates, confirmations(policy.id()));
	}

	private static Candidate candidate(PolicyRef policy, EnterpriseProfile enterprise, String exclusion,
			boolean granted) {
		BigDecimal amount = policy.amountRule()
			.amountFor(policy.amountRule().needsFigure() ? enterprise.figures().get(policy.amountRule().percentOf()) : null)
			.orElse(null);
		if (granted) {
			return new Candidate(enterprise, Standing.GRANTED, amount, null, exclusion);
		}
		if (exclusion != null) {
			return new Candidate(enterprise, Standing.EXCLUDED, amount, null, exclusion);
		}
		if (amount == null) {
			return new Candidate(enterprise, Standing.NOT_GRANTABLE, null, "policy.rule.noApplication.undeclared", null);
		}
		if (amount.signum() <= 0) {
			return new Candidate(enterprise, Standing.NOT_GRANTABLE, amount, "policy.rule.noApplication.zero", null);
		}
		return new Candidate(enterprise, Standing.GRANTABLE, amount, null, null);
	}

	/** Takes a matched enterprise off the list, with the reason; audited on the policy. */
	@Transactional
	public void exclude(long policyId, long enterpriseId, String reason, Viewer viewer) {
		PolicyRef policy = policy(policyId, viewer);
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new RejectedFieldException("reason", "policy.rule.exclusion.reasonRequired");
		}
		if (text.length() > REASON_MAX) {
			throw new RejectedFieldException("reason", "policy.rule.exclusion.reasonTooLong", REASON_MAX);
		}
		if (!eligibility.check(policy, enterpriseId).matched()) {
			throw new RefusedActionException("policy.rule.exclusion.notMatched");
		}
		try {
			jdbc.sql("""
					insert into policy_match_exclusion (policy_id, enterprise_id, reason, excluded_by, excluded_at)
					values (:policy, :enterprise, :reason, :by, :now)""")
				.param("policy", policyId)
				.param("enterprise", enterpriseId)
				.param("reason", text)
				.param("by", viewer.username())
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedActionException("policy.rule.exclusion.already");
		}
		audit.record(viewer.username(), PolicyRules.AUDIT_SUBJECT, policyId, "no-application-excluded",
				"enterprise " + enterpriseId + ": " + text);
	}

	/** Puts an excluded enterprise back on the list; refused once the list has been confirmed. */
	@Transactional
	void lift(long policyId, long enterpriseId, Viewer viewer) {
		policy(policyId, viewer);
		lock(policyId);
		if (!confirmations(policyId).isEmpty()) {
			throw new RefusedActionException("policy.rule.exclusion.confirmed");
		}
		int deleted = jdbc.sql("delete from policy_match_exclusion where policy_id = :policy and enterprise_id = :enterprise")
			.param("policy", policyId)
			.param("enterprise", enterpriseId)
			.update();
		if (deleted > 0) {
			audit.record(viewer.username(), PolicyRules.AUDIT_SUBJECT, policyId, "no-application-exclusion-lifted",
					"enterprise " + enterpriseId);
		}
	}

	/**
	 * Turns the list into approved grants: every GRANTABLE enterprise gets one, in this one transaction (the
	 * policy row is locked, so two confirmations never run at once). Only a published policy is confirmed.
	 *
	 * @return how many grants were made and how many matched enterprises were left out (excluded, not grantable
	 * or already granted)
	 */
	@Transactional
	public Confirmation confirm(long policyId, Viewer viewer) {
		policy(policyId, viewer);
		lock(policyId);
		PolicyRef policy = policies.find(policyId).orElseThrow(() -> new RecordNotFoundException("policy", policyId));
		if (policy.status() != PolicyStatus.PUBLISHED) {
			throw new RefusedActionException("policy.rule.noApplication.notPublished");
		}
		Overview overview = overview(policy);
		int granted = 0;
		for (Candidate candidate : overview.candidates()) {
			if (candidate.standing() == Standing.GRANTABLE) {
				grants.approve(policyId, candidate.enterprise().id(), null, GrantSource.NO_APPLICATION,
						candidate.amount(), viewer.username());
				granted++;
			}
		}
		int skipped = overview.candidates().size() - granted;
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into policy_no_application_confirmation (policy_id, granted, skipped, confirmed_by, confirmed_at)
				values (:policy, :granted, :skipped, :by, :now)""")
			.param("policy", policyId)
			.param("granted", granted)
			.param("skipped", skipped)
			.param("by", viewer.username())
			.param("now", now)
			.update();
		audit.record(viewer.username(), PolicyRules.AUDIT_SUBJECT, policyId, "no-application-confirmed",
				granted + " granted, " + skipped + " skipped");
		return new Confirmation(granted, skipped, viewer.username(), now);
	}

	private void lock(long policyId) {
		jdbc.sql("select id from policy where id = :id for update").param("id", policyId).query(Long.class).single();
	}

	private List<Confirmation> confirmations(long policyId) {
		return jdbc.sql("""
				select granted, skipped, confirmed_by, confirmed_at from policy_no_application_confirmation
				where policy_id = :policy order by confirmed_at desc, id desc""")
			.param("policy", policyId)
			.query((rs, row) -> new Confirmation(rs.getInt(1), rs.getInt(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

}
