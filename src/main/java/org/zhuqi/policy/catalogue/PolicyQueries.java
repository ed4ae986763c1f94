package org.zhuqi.policy.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Searches the catalogue within what the viewer may see ({@link PolicyAccess}), the scope being part of every
 * query: the centre sees every policy, a department the published and closed ones plus its own drafts, anybody
 * else (signed in or not) the published ones in lists and the published or closed ones by id.
 */
@Component
class PolicyQueries {

	private static final String SELECT = """
			select p.id, p.title, p.document_no, p.department_id, d.name as department_name, p.summary, %s as body,
			       p.valid_from, p.valid_until, p.benefit_kind, p.budget, p.amount_kind, p.fixed_amount, p.percent,
			       p.percent_of, p.amount_cap, p.no_application, p.status, p.published_at, p.closed_at, p.version
			from policy p
			join department d on d.id = p.department_id
			""";

	private static final String ORDER = " order by coalesce(p.published_at, p.created_at) desc, p.id desc";

	private final JdbcClient jdbc;

	private final AmountWords words;

	private final Clock clock;

	PolicyQueries(JdbcClient jdbc, AmountWords words, Clock clock) {
		this.jdbc = jdbc;
		this.words = words;
		this.clock = clock;
	}

	/** One page of the policies the viewer ({@code null}: not signed in) may list, newest first. */
	@Transactional(readOnly = true)
	public Page<PolicyRow> search(PolicyFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		Where where = where(filter, viewer, true, today);
		long total = jdbc.sql("select count(*) from policy p" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<PolicyRow> rows = jdbc.sql(SELECT.formatted("null") + where.sql() + ORDER
				+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, today, locale))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** One policy with its full text, if the viewer may see it. */
	@Transactional(readOnly = true)
	public Optional<PolicyRow> find(long id, Viewer viewer, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		Where where = where(PolicyFilter.none(), viewer, false, today);
		String condition = (where.sql().isEmpty() ? " where " : where.sql() + " and ") + "p.id = :id";
		return jdbc.sql(SELECT.formatted("p.body") + condition)
			.params(where.params())
			.param("id", id)
			.query((rs, n) -> row(rs, today, locale))
			.optional();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(PolicyFilter filter, Viewer viewer, boolean listing, LocalDate today) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (viewer != null && viewer.isAdmin()) {
			// the centre sees everything
		}
		else if (viewer != null && viewer.is(Role.DEPARTMENT)) {
			conditions.add("(p.status <> 'DRAFT' or p.department_id = :viewerDepartment)");
			params.put("viewerDepartment", viewer.departmentId());
		}
		else {
			conditions.add(listing ? "p.status = 'PUBLISHED'" : "p.status <> 'DRAFT'");
		}
		if (!PolicyFilter.blank(filter.q())) {
			conditions.add("(p.title ilike :q or p.document_no ilike :q)");
			params.put("q", LikePatterns.contains(filter.q()));
		}
		if (filter.department() != null) {
			conditions.add("p.department_id = :department");
			params.put("department", filter.department());
		}
		if (filter.kind() != null) {
			conditions.add("p.benefit_kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.status() != null) {
			conditions.add("p.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.openOnly()) {
			conditions.add("p.status = 'PUBLISHED' and p.valid_from <= :today and p.valid_until >= :today");
			params.put("today", today);
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	private PolicyRow row(ResultSet rs, LocalDate today, Locale locale) throws SQLException {
		String percentOf = rs.getString("percent_of");
		AmountRule rule = new AmountRule(AmountRule.Kind.valueOf(rs.getString("amount_kind")),
				rs.getBigDecimal("fixed_amount"), rs.getBigDecimal("percent"),
				percentOf == null ? null : Figure.valueOf(percentOf), rs.getBigDecimal("amount_cap"));
		PolicyStatus status = PolicyStatus.valueOf(rs.getString("status"));
		LocalDate from = rs.getObject("valid_from", LocalDate.class);
		LocalDate until = rs.getObject("valid_until", LocalDate.class);
		boolean open = status == PolicyStatus.PUBLISHED && !today.isBefore(from) && !today.isAfter(until);
		return new PolicyRow(rs.getLong("id"), rs.getString("title"), rs.getString("document_no"),
				rs.getLong("department_id"), rs.getString("department_name"), rs.getString("summary"),
				rs.getString("body"), from, until, BenefitKind.valueOf(rs.getString("benefit_kind")),
				rs.getBigDecimal("budget"), rule, words.describe(rule, locale), rs.getBoolean("no_application"), status,
				instant(rs, "published_at"), instant(rs, "closed_at"), open, rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
