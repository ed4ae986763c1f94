package org.zhuqi.policy.grant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.RefusedActionException;

/**
 * Makes grants: the one place a {@code policy_grant} row is created, whether from an approved application or
 * from the confirmed matched list of a 免申即享 policy. One grant per enterprise per policy, by the table's
 * unique constraint: a second one is refused with {@code policy.grant.duplicate}.
 */
@Service
public class Grants {

	/** The subject type of a grant's audit history. */
	public static final String AUDIT_SUBJECT = "policy-grant";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Grants(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an approved grant, status {@link GrantStatus#APPROVED}, in the caller's transaction, with an audit
	 * entry.
	 *
	 * @param applicationId the approved application, or {@code null} for {@link GrantSource#NO_APPLICATION}
	 * @param amount yuan with fen, positive
	 * @return the new grant's id
	 * @throws RefusedActionException {@code policy.grant.duplicate} when the enterprise already has a grant of
	 * the policy
	 */
	@Transactional
	public long approve(long policyId, long enterpriseId, Long applicationId, GrantSource source, BigDecimal amount,
			String approvedBy) {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("a grant's amount is positive: " + amount);
		}
		if ((applicationId == null) != (source == GrantSource.NO_APPLICATION)) {
			throw new IllegalArgumentException("an application grant names its application, a 免申即享 grant none");
		}
		BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY);
		KeyHolder key = new GeneratedKeyHolder();
		try {
			jdbc.sql("""
					insert into policy_grant (policy_id, enterprise_id, application_id, source, amount, status,
					    approved_by, approved_at)
					values (:policy, :enterprise, :application, :source, :amount, 'APPROVED', :by, :at)""")
				.param("policy", policyId)
				.param("enterprise", enterpriseId)
				.param("application", applicationId)
				.param("source", source.name())
				.param("amount", fen)
				.param("by", approvedBy)
				.param("at", OffsetDateTime.now(clock))
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new RefusedActionException("policy.grant.duplicate");
		}
		long id = key.getKey().longValue();
		audit.record(approvedBy, AUDIT_SUBJECT, id, "approved",
				"policy " + policyId + ", enterprise " + enterpriseId + ", " + source + ", " + fen.toPlainString());
		return id;
	}

	/** The grant of an enterprise under a policy, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Grant> of(long policyId, long enterpriseId) {
		return jdbc.sql("select " + Grant.COLUMNS + " from policy_grant where policy_id = :policy and enterprise_id = :enterprise")
			.param("policy", policyId)
			.param("enterprise", enterpriseId)
			.query(Grant.class)
			.optional();
	}

	/** One grant by id. */
	@Transactional(readOnly = true)
	public Optional<Grant> find(long grantId) {
		return jdbc.sql("select " + Grant.COLUMNS + " from policy_grant where id = :id")
			.param("id", grantId)
			.query(Grant.class)
			.optional();
	}

}
