package org.zhuqi.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.account.Accounts;

/**
 * Where other modules send notices, e.g. from a listener of their own events:
 *
 * <pre>{@code
 * notifications.send(Audience.department(event.leadDepartmentId()),
 *         Notice.of(Notice.ASSIGNED, "demand.notice.assigned", "/demands/" + event.demandId(), title));
 * }</pre>
 *
 * Sending is a few cheap inserts and never talks to a mail server: the notice goes into its audience's inbox,
 * and an outbound message is queued for every enabled account of the audience that has an e-mail address; the
 * delivery job sends those after commit and retries failures, so a mail server that is down never reaches,
 * blocks or rolls back the caller.
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
	 * Stores the notice for the audience and queues its outbound messages in the <strong>caller's
	 * transaction</strong> (one is started when the caller has none): if the caller's change rolls back, so does
	 * its notice, and nothing is sent before it commits. Call it from the transaction that makes the change, or
	 * from an {@code @ApplicationModuleListener}, which runs in a transaction of its own after the change has
	 * committed.
	 *
	 * @return the id of the stored notice
	 */
	@Transactional
	public long send(Audience audience, Notice notice) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into notice (audience_role, audience_id, audience_user, kind, message_key, arguments, link,
				    created_at)
				values (:role, :bound, :user, :kind, :key, :arguments, :link, :now)""")
			.param("role", audience.isUser() ? null : audience.role().name())
			.param("bound", audience.boundId())
			.param("user", audience.username())
			.param("kind", notice.kind())
			.param("key", notice.messageKey())
			.param("arguments", arguments.write(notice.arguments()))
			.param("link", notice.link())
			.param("now", now)
			.update(key, "id");
		long id = key.getKey().longValue();
		outbound.enqueue(id, recipients(audience), now.toInstant());
		return id;
	}

	private List<String> recipients(Audience audience) {
		return audience.isUser() ? accounts.emailOf(audience.username()).stream().toList()
				: accounts.emailsOf(audience.role(), audience.boundId());
	}

}
