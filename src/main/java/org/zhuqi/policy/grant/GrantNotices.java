package org.zhuqi.policy.grant;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;

/**
 * Moves grants through public notice (公示): APPROVED grants go on a notice (IN_NOTICE), and after the notice
 * period they become PAYABLE, or WITHHELD when an objection against them was upheld. Each move is a guarded
 * update (it happens only from the expected status) with an audit entry, in the caller's transaction; the
 * notices themselves belong to {@code policy.application}.
 */
@Service
public class GrantNotices {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	GrantNotices(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The policy's grants still waiting for a notice (status APPROVED), by id. */
	@Transactional(readOnly = true)
	public List<Grant> awaitingNotice(long policyId) {
		return jdbc.sql("select " + Grant.COLUMNS + " from policy_grant where policy_id = :policy and status = 'APPROVED'"
				+ " order by id")
			.param("policy", policyId)
			.query(Grant.class)
			.list();
	}

	/** The grants a notice lists, whatever became of them since, by id. */
	@Transactional(readOnly = true)
	public List<Grant> onNotice(long noticeId) {
		return jdbc.sql("select " + Grant.COLUMNS + " from policy_grant where notice_id = :notice order by id")
			.param("notice", noticeId)
			.query(Grant.class)
			.list();
	}

	/**
	 * Puts every APPROVED grant of the policy on the notice: IN_NOTICE with the notice's id.
	 * @return the grants put on it
	 */
	@Transactional
	public List<Grant> putOnNotice(long policyId, long noticeId, String actor) {
		List<Grant> grants = awaitingNotice(policyId);
		for (Grant grant : grants) {
			int updated = jdbc.sql("""
					update policy_grant set status = 'IN_NOTICE', notice_id = :notice, version = version + 1
					where id = :id and status = 'APPROVED'""")
				.param("notice", noticeId)
				.param("id", grant.id())
				.update();
			if (updated == 1) {
				audit.record(actor, Grants.AUDIT_SUBJECT, grant.id(), "in-notice", "notice " + noticeId);
			}
		}
		return grants;
	}

	/**
	 * Makes a grant on notice payable from the given day.
	 * @return whether it was on notice (and so changed)
	 */
	@Transactional
	public boolean makePayable(long grantId, LocalDate payableOn, String actor) {
		int updated = jdbc.sql("""
				update policy_grant set status = 'PAYABLE', payable_on = :day, version = version + 1
				where id = :id and status = 'IN_NOTICE'""")
			.param("day", payableOn)
			.param("id", grantId)
			.update();
		if (updated == 1) {
			audit.record(actor, Grants.AUDIT_SUBJECT, grantId, "payable", payableOn.toString());
		}
		return updated == 1;
	}

	/**
	 * Withholds a grant on notice after an upheld objection.
	 * @return whether it was on notice (and so changed)
	 */
	@Transactional
	public boolean withhold(long grantId, String actor, String reason) {
		int updated = jdbc.sql("""
				update policy_grant set status = 'WITHHELD', version = version + 1
				where id = :id and status = 'IN_NOTICE'""")
			.param("id", grantId)
			.update();
		if (updated == 1) {
			audit.record(actor, Grants.AUDIT_SUBJECT, grantId, "withheld", reason);
		}
		return updated == 1;
	}

}
