package org.zhuqi.directory.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Searches the directory within the viewer's scope: everything for the centre and departments, the
 * paired enterprises for a cadre, itself for an enterprise. The scope is part of every query here.
 */
@Component
public class EnterpriseQueries {

	/** Sortable columns by the name a request uses. */
	public static final Map<String, String> SORTS = Map.of("name", "e.name", "uscc", "e.uscc", "founded",
			"e.founded_on", "capital", "e.registered_capital", "updated", "e.updated_at");

	/** The row columns over enterprises {@code e} taken from {@code %s}: the table, or one page of it. */
	private static final String SELECT = """
			select e.id, e.uscc, e.name, e.street_code, s.name_zh as street_zh, s.name_en as street_en,
			       e.industry_code, i.name_zh as industry_zh, i.name_en as industry_en, e.size_class,
			       e.registered_capital, e.founded_on, e.contact_name, e.contact_phone, e.cadre_id,
			       c.name as cadre_name, c.phone as cadre_phone, d.name as cadre_department, e.version
			from %s e
			join street s on s.code = e.street_code
			join industry i on i.code = e.industry_code
			left join cadre c on c.id = e.cadre_id
			left join department d on d.id = c.department_id
			""";

	private static final String ALL = SELECT.formatted("enterprise");

	private final JdbcClient jdbc;

	EnterpriseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<EnterpriseRow> search(EnterpriseFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		return search(filter, false, viewer, pageable, locale);
	}

	/** Like {@link #search(EnterpriseFilter, Viewer, Pageable, Locale)}, optionally only enterprises without a cadre. */
	@Transactional(readOnly = true)
	public Page<EnterpriseRow> search(EnterpriseFilter filter, boolean unpairedOnly, Viewer viewer, Pageable pageable,
			Locale locale) {
		Where where = where(filter, unpairedOnly, viewer);
		long total = jdbc.sql("select count(*) from enterprise e" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		// cut the page out of the enterprise table first, then join names to its few rows only
		String page = "(select e.* from enterprise e" + where.sql() + orderBy(filter.sort())
				+ " limit :limit offset :offset)";
		List<EnterpriseRow> rows = jdbc.sql(SELECT.formatted(page) + orderBy(filter.sort()))
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs, locale))
			.list();
		return new PageImpl<>(withTags(rows), pageable, total);
	}

	/** The ids of every matching enterprise in ascending order, e.g. to pair them all with one cadre. */
	@Transactional(readOnly = true)
	public List<Long> ids(EnterpriseFilter filter, boolean unpairedOnly, Viewer viewer) {
		Where where = where(filter, unpairedOnly, viewer);
		return jdbc.sql("select e.id from enterprise e" + where.sql() + " order by e.id")
			.params(where.params())
			.query(Long.class)
			.list();
	}

	/** How many enterprises match, e.g. to confirm a bulk change before applying it. */
	@Transactional(readOnly = true)
	public long count(EnterpriseFilter filter, boolean unpairedOnly, Viewer viewer) {
		Where where = where(filter, unpairedOnly, viewer);
		return jdbc.sql("select count(*) from enterprise e" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/** Every matching row, for exports; tags are fetched in chunks so memory stays flat. */
	@Transactional(readOnly = true)
	public void forEach(EnterpriseFilter filter, Viewer viewer, Locale locale, Consumer<EnterpriseRow> consumer) {
		Where where = where(filter, viewer);
		List<EnterpriseRow> chunk = new ArrayList<>(500);
		try (Stream<EnterpriseRow> rows = jdbc.sql(ALL + where.sql() + orderBy(filter.sort()))
			.params(where.params())
			.query((rs, n) -> row(rs, locale))
			.stream()) {
			rows.forEach(row -> {
				chunk.add(row);
				if (chunk.size() == 500) {
					withTags(chunk).forEach(consumer);
					chunk.clear();
				}
			});
		}
		withTags(chunk).forEach(consumer);
	}

	/** One enterprise within the viewer's scope. */
	@Transactional(readOnly = true)
	public java.util.Optional<EnterpriseRow> find(long id, Viewer viewer, Locale locale) {
		Where where = where(EnterpriseFilter.none(), viewer);
		String condition = (where.sql().isEmpty() ? " where " : where.sql() + " and ") + "e.id = :id";
		return jdbc.sql(ALL + condition)
			.params(where.params())
			.param("id", id)
			.query((rs, n) -> row(rs, locale))
			.optional()
			.map(row -> withTags(List.of(row)).get(0));
	}

	@Transactional(readOnly = true)
	public List<String> knownTags() {
		return jdbc.sql("select tag from enterprise_tag group by tag order by count(*) desc, tag")
			.query(String.class)
			.list();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(EnterpriseFilter filter, Viewer viewer) {
		return where(filter, false, viewer);
	}

	private static Where where(EnterpriseFilter filter, boolean unpairedOnly, Viewer viewer) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		switch (viewer.role()) {
			case CADRE -> {
				conditions.add("e.cadre_id = :viewerCadre");
				params.put("viewerCadre", viewer.cadreId());
			}
			case ENTERPRISE -> {
				conditions.add("e.id = :viewerEnterprise");
				params.put("viewerEnterprise", viewer.enterpriseId());
			}
			case ADMIN, DEPARTMENT -> {
			}
		}
		if (!EnterpriseFilter.blank(filter.q())) {
			conditions.add("(e.name ilike :q or e.uscc like :uscc)");
			params.put("q", LikePatterns.contains(filter.q()));
			params.put("uscc", LikePatterns.startsWith(filter.q().toUpperCase(Locale.ROOT)));
		}
		if (!EnterpriseFilter.blank(filter.street())) {
			conditions.add("e.street_code = :street");
			params.put("street", filter.street());
		}
		if (!EnterpriseFilter.blank(filter.industry())) {
			conditions.add("e.industry_code = :industry");
			params.put("industry", filter.industry());
		}
		if (!EnterpriseFilter.blank(filter.tag())) {
			conditions.add("exists (select 1 from enterprise_tag t where t.enterprise_id = e.id and t.tag = :tag)");
			params.put("tag", filter.tag().strip());
		}
		if (filter.sizeClass() != null) {
			conditions.add("e.size_class = :size");
			params.put("size", filter.sizeClass().name());
		}
		if (filter.cadre() != null) {
			conditions.add("e.cadre_id = :cadre");
			params.put("cadre", filter.cadre());
		}
		if (unpairedOnly) {
			conditions.add("e.cadre_id is null");
		}
		String sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		return new Where(sql, params);
	}

	static String orderBy(String sort) {
		String key = sort == null ? "name" : sort.strip();
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "e.name");
		return " order by " + column + (descending ? " desc" : " asc") + ", e.id";
	}

	private static EnterpriseRow row(ResultSet rs, Locale locale) throws SQLException {
		boolean english = "en".equals(locale.getLanguage());
		Long cadreId = rs.getObject("cadre_id", Long.class);
		return new EnterpriseRow(rs.getLong("id"), rs.getString("uscc"), rs.getString("name"),
				rs.getString("street_code"), rs.getString(english ? "street_en" : "street_zh"),
				rs.getString("industry_code"), rs.getString(english ? "industry_en" : "industry_zh"),
				SizeClass.valueOf(rs.getString("size_class")), rs.getBigDecimal("registered_capital"),
				rs.getObject("founded_on", java.time.LocalDate.class), rs.getString("contact_name"),
				rs.getString("contact_phone"), List.of(), cadreId, rs.getString("cadre_name"), rs.getString("cadre_phone"),
				rs.getString("cadre_department"), rs.getInt("version"));
	}

	private List<EnterpriseRow> withTags(List<EnterpriseRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<String>> tags = new LinkedHashMap<>();
		jdbc.sql("select enterprise_id, tag from enterprise_tag where enterprise_id in (:ids) order by tag")
			.param("ids", rows.stream().map(EnterpriseRow::id).toList())
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
			});
		return rows.stream().map(row -> row.withTags(tags.getOrDefault(row.id(), List.of()))).toList();
	}
}
