package org.zhuqi.demand.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.Viewer;

/**
 * Searches problems within the viewer's scope (the scope is part of every query): everything for the
 * centre, the problems a department leads or co-handles, a cadre's enterprises' problems, an enterprise's
 * own. Flags overdue and due-soon items against the deadline each one is working against now.
 */
@Component
public class DemandQueries {

	/** Problems due within this time are flagged as due soon. */
	public static final Duration DUE_SOON = Duration.ofDays(1);

	/** The deadline a problem works against in its current state, as SQL over {@code d}. */
	public static final String DEADLINE = """
			(case d.state when 'ASSIGNED' then d.accept_due_at when 'IN_PROGRESS' then d.resolve_due_at
			 when 'RECTIFYING' then (case when d.followed_up_at is null then d.follow_up_due_at else d.rectify_due_at end)
			 end)""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Categories categories;

	private final Clock clock;

	DemandQueries(JdbcClient jdbc, Directory directory, Categories categories, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<DemandRow> search(DemandFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		Instant now = clock.instant();
		Where where = where(filter, viewer, now);
		long total = jdbc.sql("select count(*) from demand d" + where.sql()).params(where.params()).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		String order = order(filter.sort());
		List<RawRow> raw = jdbc.sql("select d.*, " + DEADLINE + " as deadline from demand d" + where.sql() + order
				+ " limit :limit offset :offset")
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> raw(rs))
			.list();
		return new PageImpl<>(rows(raw, now, locale), pageable, total);
	}

	/** Open problems of the enterprise in the same category or with a similar title: the duplicate hint. */
	@Transactional(readOnly = true)
	public List<DemandRow> similarOpen(long enterpriseId, String categoryCode, String title, Locale locale) {
		String words = title == null ? "" : title.strip();
		List<RawRow> raw = jdbc.sql("""
				select d.*, %s as deadline from demand d
				where d.enterprise_id = :enterprise and d.state in ('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'RECTIFYING')
				  and (d.category_code = :category or (:title <> '' and (d.title ilike :like or :title ilike ('%%' || d.title || '%%'))))
				order by d.submitted_at desc limit 5""".formatted(DEADLINE))
			.param("enterprise", enterpriseId)
			.param("category", categoryCode == null ? "" : categoryCode)
			.param("title", words)
			.param("like", "%" + words.replace("%", "").replace("_", "") + "%")
			.query((rs, n) -> raw(rs))
			.list();
		return rows(raw, clock.instant(), locale);
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** Enterprises a search text can name; more would make the text too vague to be useful. */
	private static final int ENTERPRISES_PER_SEARCH = 500;

	private static String order(String sort) {
		if (sort == null) {
			return " order by d.submitted_at desc, d.id desc";
		}
		return switch (sort) {
			case "oldest" -> " order by d.submitted_at, d.id";
			case "deadline" -> " order by " + DEADLINE + " asc, d.id";
			case "urgency" -> " order by case d.urgency when 'CRITICAL' then 0 when 'URGENT' then 1 else 2 end,"
					+ " d.submitted_at desc, d.id desc";
			default -> " order by d.submitted_at desc, d.id desc";
		};
	}

	private Where where(DemandFilter filter, Viewer viewer, Instant now) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		switch (viewer.role()) {
			case DEPARTMENT -> {
				conditions.add("(d.lead_department_id = :viewerDepartment or exists (select 1 from demand_co_department c "
						+ "where c.demand_id = d.id and c.department_id = :viewerDepartment))");
				params.put("viewerDepartment", viewer.departmentId());
			}
			case CADRE -> {
				conditions.add("d.cadre_id = :viewerCadre");
				params.put("viewerCadre", viewer.cadreId());
			}
			case ENTERPRISE -> {
				conditions.add("d.enterprise_id = :viewerEnterprise");
				params.put("viewerEnterprise", viewer.enterpriseId());
			}
			case ADMIN -> {
			}
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			List<Long> named = directory.searchEnterprises(filter.q(), ENTERPRISES_PER_SEARCH)
				.stream()
				.map(EnterpriseRef::id)
				.toList();
			conditions.add("(d.title ilike :q or d.description ilike :q"
					+ (named.isEmpty() ? "" : " or d.enterprise_id in (:qEnterprises)") + ")");
			params.put("q", "%" + filter.q().strip().replace("%", "").replace("_", "") + "%");
			if (!named.isEmpty()) {
				params.put("qEnterprises", named);
			}
		}
		if (filter.state() != null) {
			conditions.add("d.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.department() != null) {
			conditions.add("d.lead_department_id = :department");
			params.put("department", filter.department());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			conditions.add(DEADLINE + " < :now");
			params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		}
		if (Boolean.TRUE.equals(filter.dueSoon())) {
			conditions.add(DEADLINE + " >= :now and " + DEADLINE + " < :soon");
			params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
			params.put("soon", OffsetDateTime.ofInstant(now.plus(DUE_SOON), ZoneOffset.UTC));
		}
		if (filter.urgency() != null) {
			conditions.add("d.urgency = :urgency");
			params.put("urgency", filter.urgency().name());
		}
		if (filter.category() != null && !filter.category().isBlank()) {
			conditions.add("d.category_code = :category");
			params.put("category", filter.category());
		}
		if (Boolean.TRUE.equals(filter.keyProblem())) {
			conditions.add("d.key_problem = true");
		}
		if (filter.enterprise() != null) {
			conditions.add("d.enterprise_id = :enterprise");
			params.put("enterprise", filter.enterprise());
		}
		if (filter.street() != null && !filter.street().isBlank()) {
			conditions.add("d.street_code = :street");
			params.put("street", filter.street());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	/** The columns of one row before names are looked up. */
	private record RawRow(long id, String title, Long enterpriseId, String categoryCode, Urgency urgency,
			DemandState state, Long leadDepartmentId, Instant submittedAt, Instant deadline, boolean keyProblem,
			Satisfaction rating, int version) {
	}

	private static RawRow raw(ResultSet rs) throws SQLException {
		Long lead = rs.getObject("lead_department_id", Long.class);
		OffsetDateTime deadline = rs.getObject("deadline", OffsetDateTime.class);
		String rating = rs.getString("rating");
		return new RawRow(rs.getLong("id"), rs.getString("title"), rs.getObject("enterprise_id", Long.class),
				rs.getString("category_code"), Urgency.valueOf(rs.getString("urgency")),
				DemandState.valueOf(rs.getString("state")), lead,
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
				deadline == null ? null : deadline.toInstant(), rs.getBoolean("key_problem"),
				rating == null ? null : Satisfaction.valueOf(rating), rs.getInt("version"));
	}

	private List<DemandRow> rows(List<RawRow> raw, Instant now, Locale locale) {
		Map<Long, String> enterprises = directory.enterpriseNames(
				raw.stream().map(RawRow::enterpriseId).filter(java.util.Objects::nonNull).toList());
		Map<Long, String> departments = directory.departmentNames(
				raw.stream().map(RawRow::leadDepartmentId).filter(java.util.Objects::nonNull).toList());
		Map<String, String> categoryNames = categories.all()
			.stream()
			.collect(Collectors.toMap(Category::code, c -> c.name(locale), (a, b) -> a));
		Function<RawRow, DemandRow> row = r -> new DemandRow(r.id(), r.title(), r.enterpriseId(),
				r.enterpriseId() == null ? null : enterprises.get(r.enterpriseId()), r.categoryCode(), categoryNames.getOrDefault(r.categoryCode(), r.categoryCode()),
				r.urgency(), r.state(), r.leadDepartmentId(),
				r.leadDepartmentId() == null ? null : departments.get(r.leadDepartmentId()), r.submittedAt(), r.deadline(),
				r.deadline() != null && now.isAfter(r.deadline()),
				r.deadline() != null && !now.isAfter(r.deadline()) && now.plus(DUE_SOON).isAfter(r.deadline()),
				r.keyProblem(), r.rating(), r.version());
		return raw.stream().map(row).toList();
	}

}
