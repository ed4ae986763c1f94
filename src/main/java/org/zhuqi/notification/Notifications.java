package org.zhuqi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.account.Accounts;

/**
 * Where other modules post notices. Posting is a few cheap inserts and never sends anything: the notice goes
 * into its audience's inbox, and an outbound message is queued for every enabled account of the audience that
 * has an e-mail address; the delivery job sends those later and retries failures, so a mail server that is
 * down never reaches, blocks or rolls back the caller.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final NoticeArguments arguments;

	private final Accounts accounts;

	private final OutboundQueue outbound;

	private final Clock clock;

	Notifications(JdbcClient jdbc, NoticeArguments arguments, Accounts accounts, OutboundQueue outbound, Clock clock) {
		this.jdbc = jdbc;
		this.arguments = arguments;
		this.accounts = accounts;
		this.outbound = outbound;
		this.clock = clock;
	}

	/**
	 * Stores the notice and queues its outbound messages in the <strong>caller's transaction</strong> (one is
	 * started when the caller has none): if the caller's change rolls back, so does its notice. Call it from
	 * the transaction that makes the change, or from an {@code @ApplicationModuleListener}, whose own
	 * transaction then keeps a retried event from posting twice.
	 *
	 * @return the id of the stored notice
	 */
	@Transactional
	public long post(Notice notice) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notice (audience_role, audience_id, kind, message_key, arguments, link, created_at)
				values (:role, :bound, :kind, :key, :arguments, :link, :now)""")
			.param("role", notice.audience().role().name())
			.param("bound", notice.audience().boundId())
			.param("kind", notice.kind())
			.param("key", notice.messageKey())
			.param("arguments", arguments.write(notice.arguments()))
			.param("link", notice.link())
			.param("now", now)
			.update(key, "id");
		long id = key.getKey().longValue();
		outbound.enqueue(id, accounts.emailsOf(notice.audience().role(), notice.audience().boundId()), now.toInstant());
		return id;
	}

}
