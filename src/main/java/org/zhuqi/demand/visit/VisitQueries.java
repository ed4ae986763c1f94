package org.zhuqi.demand.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Searches visits within the viewer's scope, newest first: a cadre its own, the service centre all. Other
 * roles have no visit list.
 */
@Component
class VisitQueries {

	/** Enterprises a search text can name; more would make the text too vague to be useful. */
	private static final int ENTERPRISES_PER_SEARCH = 500;

	private final JdbcClient jdbc;

	private final Directory directory;

	VisitQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public Page<VisitRow> search(VisitFilter filter, Viewer viewer, Pageable pageable) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (viewer.is(Role.CADRE) && viewer.cadreId() != null) {
			conditions.add("v.cadre_id = :viewerCadre");
			params.put("viewerCadre", viewer.cadreId());
		}
		else if (!viewer.isAdmin()) {
			throw new AccessDeniedException("visits are the cadres' and the centre's");
		}
		if (filter.q() != null && !filter.q().isBlank()) {
			List<Long> named = directory.searchEnterprises(filter.q(), ENTERPRISES_PER_SEARCH)
				.stream()
				.map(EnterpriseRef::id)
				.toList();
			conditions.add("(v.notes ilike :q" + (named.isEmpty() ? "" : " or v.enterprise_id in (:named)") + ")");
			params.put("q", "%" + filter.q().strip().replace("%", "").replace("_", "") + "%");
			if (!named.isEmpty()) {
				params.put("named", named);
			}
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from visit v" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<VisitRow> rows = jdbc.sql("""
				select v.id, v.visited_on, v.enterprise_id, v.cadre_id, v.notes,
				       (select count(*) from demand d where d.visit_id = v.id) as demands
				from visit v""" + where + " order by v.visited_on desc, v.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> row(rs))
			.list();
		return new PageImpl<>(named(rows), pageable, total);
	}

	private static VisitRow row(ResultSet rs) throws SQLException {
		return new VisitRow(rs.getLong("id"), rs.getObject("visited_on", LocalDate.class),
				rs.getLong("enterprise_id"), null, rs.getLong("cadre_id"), null, rs.getString("notes"),
				rs.getInt("demands"));
	}

	private List<VisitRow> named(List<VisitRow> rows) {
		Map<Long, String> enterprises = directory.enterpriseNames(rows.stream().map(VisitRow::enterpriseId).toList());
		Map<Long, String> cadres = directory.cadreNames(rows.stream().map(VisitRow::cadreId).toList());
		return rows.stream()
			.map(r -> new VisitRow(r.id(), r.visitedOn(), r.enterpriseId(), enterprises.get(r.enterpriseId()),
					r.cadreId(), cadres.get(r.cadreId()), r.notes(), r.demands()))
			.toList();
	}

}
