package org.zhuqi.directory.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.directory.enterprise.EnterpriseRow;
import org.zhuqi.shared.Viewer;

/**
 * What the pairing screens show, to the service centre only: enterprises with their cadre (searchable,
 * including those without one) and the pairing history of one enterprise.
 */
@Component
public class PairingQueries {

	private final JdbcClient jdbc;

	private final EnterpriseQueries enterprises;

	PairingQueries(JdbcClient jdbc, EnterpriseQueries enterprises) {
		this.jdbc = jdbc;
		this.enterprises = enterprises;
	}

	@Transactional(readOnly = true)
	public Page<EnterpriseRow> search(PairingFilter filter, Viewer viewer, Pageable pageable, Locale locale) {
		PairingAccess.requireAdmin(viewer);
		return enterprises.search(filter.enterprises(), filter.unpairedOnly(), viewer, pageable, locale);
	}

	@Transactional(readOnly = true)
	public Optional<EnterpriseRow> enterprise(long enterpriseId, Viewer viewer, Locale locale) {
		PairingAccess.requireAdmin(viewer);
		return enterprises.find(enterpriseId, viewer, locale);
	}

	/** Since when the enterprise has its current cadre, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Instant> pairedSince(long enterpriseId, Viewer viewer) {
		PairingAccess.requireAdmin(viewer);
		return jdbc.sql("select paired_since from enterprise where id = :id and cadre_id is not null")
			.param("id", enterpriseId)
			.query((rs, n) -> instant(rs, 1))
			.optional();
	}

	/** Every pairing of the enterprise, the current one first. */
	@Transactional(readOnly = true)
	public List<PairingRecord> history(long enterpriseId, Viewer viewer) {
		PairingAccess.requireAdmin(viewer);
		return jdbc.sql("""
				select h.cadre_id, c.name, c.phone, d.name, h.started_at, h.ended_at, h.assigned_by, h.reason
				from pairing_history h
				join cadre c on c.id = h.cadre_id
				join department d on d.id = c.department_id
				where h.enterprise_id = :enterprise
				order by h.started_at desc, h.id desc""")
			.param("enterprise", enterpriseId)
			.query((rs, n) -> new PairingRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					instant(rs, 5), instant(rs, 6), rs.getString(7), rs.getString(8)))
			.list();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
