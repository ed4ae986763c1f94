package org.zhuqi.directory.cadre;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.reference.Option;
import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.directory.support.ListSql;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Searches cadres within the viewer's scope ({@link CadreAccess}): all of them for the centre and department
 * handlers, only itself for a cadre, 403 for an enterprise. The scope is part of every query here.
 */
@Component
public class CadreQueries {

	/** Sortable columns by the name a request uses. */
	public static final Map<String, String> SORTS = Map.of("name", "c.name", "phone", "c.phone", "department",
			"d.name", "enterprises", "enterprise_count", "updated", "c.updated_at");

	private static final String SELECT = """
			select c.id, c.name, c.phone, c.title, c.active, c.department_id, d.code as department_code,
			       d.name as department_name, c.version,
			       (select count(*) from enterprise e where e.cadre_id = c.id) as enterprise_count
			from cadre c join department d on d.id = c.department_id""";

	private final JdbcClient jdbc;

	CadreQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<CadreRow> search(CadreFilter filter, Viewer viewer, Pageable pageable) {
		CadreAccess.requireList(viewer);
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (viewer.is(Role.CADRE)) {
			conditions.add("c.id = :viewerCadre");
			params.put("viewerCadre", viewer.cadreId());
		}
		if (!ListSql.blank(filter.q())) {
			String phone = PhoneNumbers.canonical(filter.q()).orElse(filter.q().strip());
			conditions.add("(c.name ilike :q or c.phone like :phone or d.name ilike :q or d.code = :code)");
			params.put("q", ListSql.contains(filter.q()));
			params.put("phone", ListSql.contains(phone));
			params.put("code", filter.q().strip());
		}
		if (filter.department() != null) {
			conditions.add("c.department_id = :department");
			params.put("department", filter.department());
		}
		if (filter.active() != null) {
			conditions.add("c.active = :active");
			params.put("active", filter.active());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from cadre c join department d on d.id = c.department_id" + where)
			.params(params)
			.query(Long.class)
			.single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<CadreRow> rows = jdbc
			.sql(SELECT + where + ListSql.orderBy(filter.sort(), SORTS, "name", "c.id") + " limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(CadreRow.class)
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** One cadre within the viewer's scope; empty when absent or out of scope. */
	@Transactional(readOnly = true)
	public Optional<CadreRow> find(long id, Viewer viewer) {
		CadreAccess.requireList(viewer);
		if (!CadreAccess.canSee(viewer, id)) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(CadreRow.class).optional();
	}

	/** The enterprises a cadre was and is paired with, newest first, for a viewer who may see the cadre. */
	@Transactional(readOnly = true)
	public Page<CadrePairing> pairings(long cadreId, Viewer viewer, Pageable pageable) {
		CadreAccess.requireList(viewer);
		if (!CadreAccess.canSee(viewer, cadreId)) {
			return Page.empty(pageable);
		}
		long total = jdbc.sql("select count(*) from pairing_history where cadre_id = :cadre")
			.param("cadre", cadreId)
			.query(Long.class)
			.single();
		List<CadrePairing> rows = jdbc.sql("""
				select h.enterprise_id, e.name, e.uscc, h.started_at, h.ended_at, h.assigned_by, h.reason
				from pairing_history h join enterprise e on e.id = h.enterprise_id
				where h.cadre_id = :cadre
				order by h.started_at desc, h.id desc limit :limit offset :offset""")
			.param("cadre", cadreId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new CadrePairing(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
					instant(rs, 5), rs.getString(6), rs.getString(7)))
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** Departments to choose from: active ones, plus {@code keepCode} (a cadre's current one) if given. */
	@Transactional(readOnly = true)
	public List<Option> departmentOptions(String keepCode) {
		return jdbc.sql("""
				select code, name from department where active = true or code = :keep order by kind, name""")
			.param("keep", keepCode == null ? "" : keepCode)
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
			.list();
	}

	/** All departments by id, active or not, for the department filter of the cadre list. */
	@Transactional(readOnly = true)
	public List<Option> departmentFilterOptions() {
		return jdbc.sql("select id, name from department order by kind, name")
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
			.list();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
