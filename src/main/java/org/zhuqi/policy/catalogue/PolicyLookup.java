package org.zhuqi.policy.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads policies for the other parts of the module ({@link PolicyRef}), unscoped: callers decide what their
 * viewer may see. The catalogue's own pages read through their own queries.
 */
@Service
@Transactional(readOnly = true)
public class PolicyLookup {

	private static final String SELECT = """
			select id, title, document_no, department_id, status, benefit_kind, valid_from, valid_until, budget,
			       amount_kind, fixed_amount, percent, percent_of, amount_cap, no_application, rule
			from policy""";

	private final JdbcClient jdbc;

	PolicyLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PolicyRef> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(PolicyLookup::map).optional();
	}

	/** The given policies (unknown ids are left out), by id. */
	public List<PolicyRef> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where id in (:ids) order by id")
			.param("ids", ids.stream().distinct().toList())
			.query(PolicyLookup::map)
			.list();
	}

	/** Every published policy, newest first. */
	public List<PolicyRef> published() {
		return jdbc.sql(SELECT + " where status = 'PUBLISHED' order by published_at desc, id desc")
			.query(PolicyLookup::map)
			.list();
	}

	private static PolicyRef map(ResultSet rs, int row) throws SQLException {
		AmountRule amount = AmountRule.Kind.valueOf(rs.getString("amount_kind")) == AmountRule.Kind.FIXED
				? AmountRule.fixed(rs.getBigDecimal("fixed_amount"))
				: AmountRule.percentOf(rs.getBigDecimal("percent"), Figure.valueOf(rs.getString("percent_of")),
						rs.getBigDecimal("amount_cap"));
		BigDecimal budget = rs.getBigDecimal("budget");
		return new PolicyRef(rs.getLong("id"), rs.getString("title"), rs.getString("document_no"),
				rs.getLong("department_id"), PolicyStatus.valueOf(rs.getString("status")),
				BenefitKind.valueOf(rs.getString("benefit_kind")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_until", LocalDate.class), budget, amount, rs.getBoolean("no_application"),
				rs.getString("rule"));
	}

}
