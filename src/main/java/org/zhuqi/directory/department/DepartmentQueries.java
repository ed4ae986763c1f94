package org.zhuqi.directory.department;

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
import org.zhuqi.directory.support.ListSql;
import org.zhuqi.shared.Viewer;

/**
 * Searches departments for the people allowed to read them ({@link DepartmentAccess}); others get 403.
 */
@Component
public class DepartmentQueries {

	/** Sortable columns by the name a request uses. */
	public static final Map<String, String> SORTS = Map.of("name", "d.name", "code", "d.code", "kind", "d.kind",
			"cadres", "cadre_count", "updated", "d.updated_at");

	private static final String SELECT = """
			select d.id, d.code, d.name, d.kind, d.active, d.version,
			       (select count(*) from cadre c where c.department_id = d.id) as cadre_count
			from department d""";

	private final JdbcClient jdbc;

	DepartmentQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<DepartmentRow> search(DepartmentFilter filter, Viewer viewer, Pageable pageable) {
		DepartmentAccess.requireRead(viewer);
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!ListSql.blank(filter.q())) {
			conditions.add("(d.name ilike :q or d.code like :code)");
			params.put("q", ListSql.contains(filter.q()));
			params.put("code", ListSql.startsWith(filter.q().toUpperCase(Locale.ROOT)));
		}
		if (filter.kind() != null) {
			conditions.add("d.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.active() != null) {
			conditions.add("d.active = :active");
			params.put("active", filter.active());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from department d" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<DepartmentRow> rows = jdbc
			.sql(SELECT + where + ListSql.orderBy(filter.sort(), SORTS, "name", "d.id") + " limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(DepartmentRow.class)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	public Optional<DepartmentRow> find(long id, Viewer viewer) {
		DepartmentAccess.requireRead(viewer);
		return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(DepartmentRow.class).optional();
	}

}
