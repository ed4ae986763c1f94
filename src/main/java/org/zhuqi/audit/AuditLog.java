package org.zhuqi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit history. Writing joins the caller's transaction, so a change and its
 * record commit or roll back together.
 */
@Service
public class AuditLog {

	private static final int DETAIL_MAX = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String subjectType, long subjectId, String action, String detail) {
		String trimmed = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
		jdbc.sql("""
				insert into audit_entry (occurred_at, actor, subject_type, subject_id, action, detail)
				values (:at, :actor, :type, :id, :action, :detail)""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", actor)
			.param("type", subjectType)
			.param("id", subjectId)
			.param("action", action)
			.param("detail", trimmed)
			.update();
	}

	/** The history of one record, newest first, at most {@code limit} entries. */
	public List<AuditEntry> history(String subjectType, long subjectId, int limit) {
		return jdbc.sql("""
				select occurred_at, actor, subject_type, subject_id, action, detail from audit_entry
				where subject_type = :type and subject_id = :id order by occurred_at desc, id desc limit :limit""")
			.param("type", subjectType)
			.param("id", subjectId)
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6)))
			.list();
	}

}
