package org.zhuqi.demand.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.demand.problem.DemandQueries;
import org.zhuqi.demand.problem.DemandState;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.UnresolvableReason;

/**
 * Reads what the figures count: streams the problems of a filter as {@link DemandFact}s (one indexed scan,
 * no row kept in memory here) and counts coordination meetings (专题协调会) in SQL. The filter is applied in
 * the WHERE clause; who may see which filter is decided before, by {@link StatsAccess}.
 * <p>
 * Street names come from the {@code street} reference table (written by migrations only), because the
 * directory's public {@code Directory} offers no street lookup yet.
 */
@Component
class StatsQueries {

	private static final String FACTS = """
			select d.id, d.lead_department_id, d.street_code, d.category_code, d.cadre_id, d.state, d.submitted_at,
			       d.resolved_at, d.resolve_due_at, %s as deadline, d.coordinated, d.resolved_by_cadre,
			       d.unresolvable_reason, d.rectified, d.rectify_due_at, d.key_problem, d.rating, d.rated_at,
			       d.rate_due_at, d.first_rating
			from demand d""".formatted(DemandQueries.DEADLINE);

	/** Meetings the department convened or attended. */
	private static final String MEETING_OF_DEPARTMENT = """
			(m.convener_department_id = :department or exists (select 1 from meeting_department md
			 where md.meeting_id = m.id and md.department_id = :department))""";

	/** Meetings with a problem of the street on their agenda. */
	private static final String MEETING_OF_STREET = """
			exists (select 1 from meeting_agenda ma join demand ad on ad.id = ma.demand_id
			 where ma.meeting_id = m.id and ad.street_code = :street)""";

	/** Meetings with a problem of the cadre's enterprises on their agenda. */
	private static final String MEETING_OF_CADRE = """
			exists (select 1 from meeting_agenda mc join demand cd on cd.id = mc.demand_id
			 where mc.meeting_id = m.id and cd.cadre_id = :cadre)""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	StatsQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** Hands every problem of the filter to {@code sink}, in no particular order. */
	void forEachFact(StatsFilter filter, Consumer<DemandFact> sink) {
		Where where = problems(filter);
		jdbc.sql(FACTS + where.sql()).params(where.params()).query(rs -> {
			sink.accept(fact(rs));
		});
	}

	/** Coordination meetings held in the period, of the department and the street if the filter names them. */
	long meetings(StatsFilter filter) {
		Where where = meetingsOf(filter);
		return jdbc.sql("select count(*) from meeting m" + where.sql()).params(where.params()).query(Long.class).single();
	}

	/**
	 * Meetings held in the period per row of a breakdown: per department those it convened or attended, per
	 * street, category or cadre those with one of its problems on the agenda (filed at any time).
	 */
	Map<String, Long> meetingsBy(StatsFilter filter, Dimension dimension) {
		Where where = meetingsOf(filter);
		String sql = switch (dimension) {
			case DEPARTMENT -> """
					select x.department_id as row_key, count(distinct x.meeting_id) as meetings from (
					  select m.id as meeting_id, m.convener_department_id as department_id from meeting m %1$s
					  union
					  select m.id, md.department_id from meeting m join meeting_department md on md.meeting_id = m.id %1$s
					) x group by x.department_id""".formatted(where.sql());
			case STREET -> agendaMeetings("street_code", where);
			case CATEGORY -> agendaMeetings("category_code", where);
			case CADRE -> agendaMeetings("cadre_id", where);
		};
		Map<String, Long> counts = new HashMap<>();
		jdbc.sql(sql).params(where.params()).query(rs -> {
			String key = rs.getString("row_key");
			counts.put(key == null ? Dimension.NONE : key, rs.getLong("meetings"));
		});
		return counts;
	}

	private static String agendaMeetings(String column, Where where) {
		String joinCondition = where.sql().isEmpty() ? " where " : where.sql() + " and ";
		return """
				select d.%1$s as row_key, count(distinct m.id) as meetings
				from meeting m join meeting_agenda a on a.meeting_id = m.id join demand d on d.id = a.demand_id
				%2$s true group by d.%1$s""".formatted(column, joinCondition);
	}

	/** The district's streets and towns in their usual order: code, Chinese and English name. */
	List<StreetName> streets() {
		return jdbc.sql("select code, name_zh, name_en from street order by sort_order, code")
			.query((rs, row) -> new StreetName(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** A street (街道) or town (镇) with its names. */
	record StreetName(String code, String nameZh, String nameEn) {

		String name(Locale locale) {
			return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
		}

	}

	private record Where(String sql, Map<String, Object> params) {

		static Where of(List<String> conditions, Map<String, Object> params) {
			return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

	}

	private Where problems(StatsFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			conditions.add("d.submitted_at >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("d.submitted_at < :until");
			params.put("until", startOf(filter.to().plusDays(1)));
		}
		if (filter.department() != null) {
			conditions.add("d.lead_department_id = :department");
			params.put("department", filter.department());
		}
		if (filter.street() != null) {
			conditions.add("d.street_code = :street");
			params.put("street", filter.street());
		}
		if (filter.cadre() != null) {
			conditions.add("d.cadre_id = :cadre");
			params.put("cadre", filter.cadre());
		}
		return Where.of(conditions, params);
	}

	private static Where meetingsOf(StatsFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			conditions.add("m.held_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("m.held_on <= :to");
			params.put("to", filter.to());
		}
		if (filter.department() != null) {
			conditions.add(MEETING_OF_DEPARTMENT);
			params.put("department", filter.department());
		}
		if (filter.street() != null) {
			conditions.add(MEETING_OF_STREET);
			params.put("street", filter.street());
		}
		if (filter.cadre() != null) {
			conditions.add(MEETING_OF_CADRE);
			params.put("cadre", filter.cadre());
		}
		return Where.of(conditions, params);
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static DemandFact fact(ResultSet rs) throws SQLException {
		String reason = rs.getString("unresolvable_reason");
		return new DemandFact(rs.getLong("id"), rs.getObject("lead_department_id", Long.class),
				rs.getString("street_code"), rs.getString("category_code"), rs.getObject("cadre_id", Long.class),
				DemandState.valueOf(rs.getString("state")), instant(rs, "submitted_at"), instant(rs, "resolved_at"),
				instant(rs, "resolve_due_at"), instant(rs, "deadline"), rs.getBoolean("coordinated"),
				rs.getBoolean("resolved_by_cadre"), reason == null ? null : UnresolvableReason.valueOf(reason),
				rs.getBoolean("rectified"), instant(rs, "rectify_due_at"), rs.getBoolean("key_problem"),
				satisfaction(rs, "rating"), instant(rs, "rated_at"), instant(rs, "rate_due_at"),
				satisfaction(rs, "first_rating"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Satisfaction satisfaction(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : Satisfaction.valueOf(value);
	}

}
