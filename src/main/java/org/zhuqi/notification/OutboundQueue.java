package org.zhuqi.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table of outbound messages: queued with their notice, claimed by the delivery job, and marked sent,
 * due again, or failed. A claim locks the due rows with {@code FOR UPDATE SKIP LOCKED}, so two instances
 * running the job at once never take the same row, and moves their next attempt one lease ahead, which keeps
 * them away from other runs while they are being sent (and makes them due again should this instance die).
 */
@Component
class OutboundQueue {

	private static final int ERROR_MAX = 1000;

	private final JdbcClient jdbc;

	OutboundQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A claimed message with what it takes to render it; {@code attempt} counts this one. */
	record Claimed(long id, String recipient, int attempt, String messageKey, String arguments, String link) {
	}

	/** Queues one message of the notice per address, due at once; joins the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enqueue(long noticeId, Collection<String> recipients, Instant now) {
		for (String recipient : recipients) {
			jdbc.sql("""
					insert into outbound_message (notice_id, recipient, status, attempts, next_attempt_at, created_at)
					values (:notice, :recipient, 'PENDING', 0, :now, :now)""")
				.param("notice", noticeId)
				.param("recipient", recipient)
				.param("now", at(now))
				.update();
		}
	}

	/**
	 * Takes up to {@code limit} messages due at {@code now}, oldest first, counts the attempt about to be made
	 * and leases them until {@code now + lease}; commits before anything is sent.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Claimed> claim(Instant now, Duration lease, int limit) {
		List<Long> ids = jdbc.sql("""
				select id from outbound_message
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id
				limit :limit
				for update skip locked""")
			.param("now", at(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("update outbound_message set attempts = attempts + 1, next_attempt_at = :leased where id in (:ids)")
			.param("leased", at(now.plus(lease)))
			.param("ids", ids)
			.update();
		return jdbc.sql("""
				select m.id, m.recipient, m.attempts, n.message_key, n.arguments, n.link
				from outbound_message m join notice n on n.id = m.notice_id
				where m.id in (:ids) order by m.id""")
			.param("ids", ids)
			.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getString("recipient"), rs.getInt("attempts"),
					rs.getString("message_key"), rs.getString("arguments"), rs.getString("link")))
			.list();
	}

	/** Records a successful attempt, unless another run has taken the message over since. */
	@Transactional
	public void markSent(Claimed message, Instant now) {
		jdbc.sql("""
				update outbound_message set status = 'SENT', sent_at = :now, next_attempt_at = null
				where id = :id and attempts = :attempt and status = 'PENDING'""")
			.param("now", at(now))
			.param("id", message.id())
			.param("attempt", message.attempt())
			.update();
	}

	/**
	 * Records a failed attempt: due again at {@code retryAt}, or given up as failed when there is none;
	 * unless another run has taken the message over since.
	 */
	@Transactional
	public void markFailed(Claimed message, String error, Optional<Instant> retryAt) {
		jdbc.sql("""
				update outbound_message set status = :status, next_attempt_at = :next, last_error = :error
				where id = :id and attempts = :attempt and status = 'PENDING'""")
			.param("status", retryAt.isPresent() ? "PENDING" : "FAILED")
			.param("next", retryAt.map(OutboundQueue::at).orElse(null))
			.param("error", error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX))
			.param("id", message.id())
			.param("attempt", message.attempt())
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
