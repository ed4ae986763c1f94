package org.zhuqi.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * A signed-in user's inbox: the notices addressed to the user itself and to the group {@link Audience} its
 * {@link Viewer} belongs to, unread first, newest first within each, with the user's own read state. The
 * audience condition is part of every query, so a user never sees, opens or marks another audience's notice
 * (it answers as not found). Read state is kept per login name: a row per notice read one by one, and a cursor
 * that "mark all read" moves past the newest notice instead of writing a row for each.
 */
@Service
class Inbox {

	static final String SUBJECT = "notice";

	/** Neither behind the reader's cursor nor read one by one. */
	private static final String UNREAD = """
			n.id > :through and not exists (select 1 from notice_read r where r.notice_id = n.id and r.reader = :reader)""";

	private final JdbcClient jdbc;

	private final NoticeText text;

	private final NoticeArguments arguments;

	private final Clock clock;

	Inbox(JdbcClient jdbc, NoticeText text, NoticeArguments arguments, Clock clock) {
		this.jdbc = jdbc;
		this.text = text;
		this.arguments = arguments;
		this.clock = clock;
	}

	/** The viewer's notices, the unread ones first, each part newest first; optionally only the unread ones. */
	@Transactional(readOnly = true)
	public Page<InboxEntry> entries(Viewer viewer, boolean unreadOnly, Pageable pageable, Locale locale) {
		Scope scope = scope(viewer);
		String where = " where " + scope.sql() + (unreadOnly ? " and " + UNREAD : "");
		long total = jdbc.sql("select count(*) from notice n" + where).params(scope.params()).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<InboxEntry> rows = jdbc.sql("""
				select n.id, n.kind, n.message_key, n.arguments, n.link, n.created_at,
				       (n.id <= :through or exists (select 1 from notice_read r
				                                    where r.notice_id = n.id and r.reader = :reader)) as is_read
				from notice n""" + where + " order by is_read, n.id desc limit :limit offset :offset")
			.params(scope.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> entry(rs, locale))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** How many of the viewer's notices are unread, counting no further than {@code cap}. */
	@Transactional(readOnly = true)
	public long unreadCount(Viewer viewer, int cap) {
		Scope scope = scope(viewer);
		return jdbc.sql("select count(*) from (select n.id from notice n where " + scope.sql() + " and " + UNREAD
				+ " limit :cap) unread")
			.params(scope.params())
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** Marks the notice read and returns the page it links to. */
	@Transactional
	public String open(long id, Viewer viewer) {
		String link = link(id, viewer);
		markRead(id, viewer);
		return link;
	}

	@Transactional
	public void markRead(long id, Viewer viewer) {
		link(id, viewer);
		jdbc.sql("insert into notice_read (notice_id, reader, read_at) values (:id, :reader, :now) on conflict do nothing")
			.param("id", id)
			.param("reader", viewer.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	/** Marks every notice the viewer has now as read. */
	@Transactional
	public void markAllRead(Viewer viewer) {
		Scope scope = scope(viewer);
		Long newest = jdbc.sql("select max(n.id) from notice n where " + scope.sql())
			.params(scope.params())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (newest == null) {
			return;
		}
		if (!moveCursor(viewer.username(), newest)) {
			try {
				jdbc.sql("insert into inbox_cursor (reader, read_through, updated_at) values (:reader, :through, :now)")
					.param("reader", viewer.username())
					.param("through", newest)
					.param("now", OffsetDateTime.now(clock))
					.update();
			}
			catch (DuplicateKeyException ex) {
				moveCursor(viewer.username(), newest); // another request of the same user was first
			}
		}
		jdbc.sql("delete from notice_read where reader = :reader and notice_id <= :through")
			.param("reader", viewer.username())
			.param("through", newest)
			.update();
	}

	private boolean moveCursor(String reader, long through) {
		return jdbc.sql("""
				update inbox_cursor set read_through = greatest(read_through, :through), updated_at = :now
				where reader = :reader""")
			.param("through", through)
			.param("now", OffsetDateTime.now(clock))
			.param("reader", reader)
			.update() > 0;
	}

	/** The link of a notice in the viewer's inbox; a notice of another audience is not found. */
	private String link(long id, Viewer viewer) {
		Scope scope = scope(viewer);
		return jdbc.sql("select n.link from notice n where n.id = :id and " + scope.sql())
			.params(scope.params())
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RecordNotFoundException(SUBJECT, id));
	}

	/** The audience condition on notices {@code n} and the reader's parameters. */
	private record Scope(String sql, Map<String, Object> params) {
	}

	private Scope scope(Viewer viewer) {
		Audience group = Audience.of(viewer);
		Map<String, Object> params = new HashMap<>();
		params.put("role", group.role().name());
		params.put("reader", viewer.username());
		params.put("through", jdbc.sql("select read_through from inbox_cursor where reader = :reader")
			.param("reader", viewer.username())
			.query(Long.class)
			.optional()
			.orElse(0L));
		String own = " or n.audience_user = :reader)";
		if (group.boundId() == null) {
			return new Scope("((n.audience_role = :role and n.audience_id is null)" + own, params);
		}
		params.put("bound", group.boundId());
		return new Scope("((n.audience_role = :role and n.audience_id = :bound)" + own, params);
	}

	private InboxEntry entry(ResultSet rs, Locale locale) throws SQLException {
		String kind = rs.getString("kind");
		return new InboxEntry(rs.getLong("id"), kind, text.kindLabel(kind, locale),
				text.render(rs.getString("message_key"), arguments.read(rs.getString("arguments")), locale),
				rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getBoolean("is_read"));
	}

}
