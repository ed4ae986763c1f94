package org.zhuqi.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Searches accounts for the service centre (nobody else may), sorted by login name, and names the record
 * each is bound to.
 */
@Component
class UserQueries {

	private static final String SELECT = """
			select id, username, display_name, role, department_id, cadre_id, enterprise_id, email, enabled,
			       created_at, password_changed_at
			from user_account""";

	private final JdbcClient jdbc;

	private final BindingNames names;

	private final LoginThrottle throttle;

	UserQueries(JdbcClient jdbc, BindingNames names, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.names = names;
		this.throttle = throttle;
	}

	@Transactional(readOnly = true)
	public Page<UserRow> search(UserFilter filter, Viewer viewer, Pageable pageable) {
		requireAdmin(viewer);
		Where where = where(filter);
		long total = jdbc.sql("select count(*) from user_account" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<UserRow> rows = jdbc.sql(SELECT + where.sql() + " order by username limit :limit offset :offset")
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> stored(rs))
			.list()
			.stream()
			.map(this::row)
			.toList();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	public Optional<UserRow> find(long id, Viewer viewer) {
		requireAdmin(viewer);
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query((rs, n) -> stored(rs)).optional().map(this::row);
	}

	private static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException("only the service centre sees accounts");
		}
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(UserFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.hasText()) {
			conditions.add("(username ilike :q or display_name ilike :q)");
			params.put("q", LikePatterns.contains(filter.q()));
		}
		if (filter.role() != null) {
			conditions.add("role = :role");
			params.put("role", filter.role().name());
		}
		if (filter.enabled() != null) {
			conditions.add("enabled = :enabled");
			params.put("enabled", filter.enabled());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	/** A row as stored, before the bound record is named (which needs queries of its own). */
	private record Stored(long id, String username, String displayName, Role role, Long departmentId, Long cadreId,
			Long enterpriseId, String email, boolean enabled, Instant createdAt, Instant passwordChangedAt) {
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		return new Stored(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("department_id", Long.class),
				rs.getObject("cadre_id", Long.class), rs.getObject("enterprise_id", Long.class), rs.getString("email"),
				rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("password_changed_at", OffsetDateTime.class).toInstant());
	}

	private UserRow row(Stored stored) {
		return new UserRow(stored.id(), stored.username(), stored.displayName(), stored.role(),
				names.of(stored.role(), stored.departmentId(), stored.cadreId(), stored.enterpriseId()),
				stored.email(), stored.enabled(), throttle.isLocked(stored.username()), stored.createdAt(),
				stored.passwordChangedAt());
	}
}
