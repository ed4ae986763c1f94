package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.policy.grant.GrantStatus;
import org.zhuqi.shared.Viewer;

/**
 * Reads the ledger and the grants for the pages, with search, filters and paging in SQL: the ledger for the
 * service centre, the grants scoped by role in the WHERE clause (an enterprise its own grants, a department the
 * grants of its own policies, a cadre those of its paired enterprises, the centre all).
 */
@Service
@Transactional(readOnly = true)
public class PayoutQueries {

	/** Enterprises a search text can name; more would make the text too vague to be useful. */
	private static final int ENTERPRISES_PER_SEARCH = 500;

	private static final String LEDGER_FROM = """
			from policy_payout x join policy_grant g on g.id = x.grant_id join policy p on p.id = g.policy_id""";

	private static final String GRANTS_FROM = """
			from policy_grant g join policy p on p.id = g.policy_id
			left join policy_payout lp on lp.live_grant_id = g.id""";

	private final JdbcClient jdbc;

	private final Directory directory;

	PayoutQueries(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** A policy to choose in a filter. */
	public record PolicyOption(long id, String title) {
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	/** The ledger entries the filter selects, newest first (service centre only). */
	public Page<LedgerRow> ledger(PayoutFilter filter, Pageable pageable, Viewer viewer) {
		PayoutBatches.requireAdmin(viewer);
		Where where = ledgerWhere(filter);
		long total = jdbc.sql("select count(*) " + LEDGER_FROM + where.sql()).params(where.params())
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<LedgerRow> raw = jdbc.sql("""
				select x.id, x.idempotency_key, x.kind, x.status, x.amount, x.attempt, x.batch_id, x.bank_reference,
				       x.paid_on, x.failure_reason, x.reason, x.reverses_id, x.grant_id, g.policy_id, p.title,
				       g.enterprise_id,
				       case when exists (select 1 from policy_payout r where r.reverses_id = x.id) then 1 else 0 end as reversed
				""" + LEDGER_FROM + where.sql() + " order by x.id desc limit :limit offset :offset")
			.params(params)
			.query(PayoutQueries::ledgerRow)
			.list();
		Map<Long, String> names = directory.enterpriseNames(raw.stream().map(LedgerRow::enterpriseId).toList());
		List<LedgerRow> rows = raw.stream()
			.map(r -> new LedgerRow(r.id(), r.idempotencyKey(), r.kind(), r.status(), r.amount(), r.attempt(),
					r.batchId(), r.bankReference(), r.paidOn(), r.failureReason(), r.reason(), r.reversesId(),
					r.grantId(), r.policyId(), r.policyTitle(), r.enterpriseId(), names.get(r.enterpriseId()),
					r.reversed()))
			.toList();
		return new PageImpl<>(rows, pageable, total);
	}

	/** The sums over every entry the filter selects (not only the page shown). */
	public LedgerTotals totals(PayoutFilter filter, Viewer viewer) {
		PayoutBatches.requireAdmin(viewer);
		Where where = ledgerWhere(filter);
		return jdbc.sql("""
				select count(*),
				       coalesce(sum(case when x.status = 'PAID' then x.amount end), 0),
				       coalesce(sum(case when x.status = 'PENDING' then x.amount end), 0),
				       coalesce(sum(case when x.status = 'FAILED' then x.amount end), 0)
				""" + LEDGER_FROM + where.sql())
			.params(where.params())
			.query((rs, row) -> new LedgerTotals(rs.getLong(1), fen(rs.getBigDecimal(2)), fen(rs.getBigDecimal(3)),
					fen(rs.getBigDecimal(4))))
			.single();
	}

	private Where ledgerWhere(PayoutFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		search(filter.q(), "x.idempotency_key ilike :q or x.bank_reference ilike :q", conditions, params);
		if (filter.policy() != null) {
			conditions.add("g.policy_id = :policy");
			params.put("policy", filter.policy());
		}
		if (filter.status() != null) {
			conditions.add("x.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.kind() != null) {
			conditions.add("x.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.batch() != null) {
			conditions.add("x.batch_id = :batch");
			params.put("batch", filter.batch());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private static LedgerRow ledgerRow(ResultSet rs, int row) throws SQLException {
		return new LedgerRow(rs.getLong("id"), rs.getString("idempotency_key"), PayoutKind.valueOf(rs.getString("kind")),
				PayoutStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"), rs.getInt("attempt"),
				rs.getObject("batch_id", Long.class), rs.getString("bank_reference"),
				rs.getObject("paid_on", LocalDate.class), rs.getString("failure_reason"), rs.getString("reason"),
				rs.getObject("reverses_id", Long.class), rs.getLong("grant_id"), rs.getLong("policy_id"),
				rs.getString("title"), rs.getLong("enterprise_id"), null, rs.getInt("reversed") == 1);
	}

	/** The grants the viewer may see that the filter selects, newest first. */
	public Page<GrantRow> grants(GrantFilter filter, Viewer viewer, Pageable pageable) {
		Where where = grantsWhere(filter, viewer);
		if (where == null) {
			return Page.empty(pageable);
		}
		long total = jdbc.sql("select count(*) " + GRANTS_FROM + where.sql()).params(where.params())
			.query(Long.class)
			.single();
		Map<String, Object> params = new HashMap<>(where.params());
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<GrantRow> raw = jdbc.sql(GRANT_COLUMNS + GRANTS_FROM + where.sql()
				+ " order by g.approved_at desc, g.id desc limit :limit offset :offset")
			.params(params)
			.query(PayoutQueries::grantRow)
			.list();
		return new PageImpl<>(named(raw), pageable, total);
	}

	/** The stage of one enterprise's grant under a policy, if it has one. */
	public GrantStage stageOf(long policyId, long enterpriseId) {
		return jdbc.sql(GRANT_COLUMNS + GRANTS_FROM + " where g.policy_id = :policy and g.enterprise_id = :enterprise")
			.param("policy", policyId)
			.param("enterprise", enterpriseId)
			.query(PayoutQueries::grantRow)
			.optional()
			.map(GrantRow::stage)
			.orElse(null);
	}

	private static final String GRANT_COLUMNS = """
			select g.id, g.policy_id, p.title, p.document_no, g.enterprise_id, g.source, g.amount, g.status,
			       g.payable_on, lp.status as live_status, lp.paid_on,
			       case when exists (select 1 from policy_payout r where r.reverses_id = lp.id) then 1 else 0 end as reversed,
			       case when exists (select 1 from policy_payout f where f.grant_id = g.id and f.status = 'FAILED')
			            then 1 else 0 end as failed
			""";

	private static GrantRow grantRow(ResultSet rs, int row) throws SQLException {
		String live = rs.getString("live_status");
		GrantStage stage;
		if (rs.getInt("reversed") == 1) {
			stage = GrantStage.REVERSED;
		}
		else if ("PAID".equals(live)) {
			stage = GrantStage.PAID;
		}
		else if ("PENDING".equals(live)) {
			stage = GrantStage.PAYING;
		}
		else if (rs.getInt("failed") == 1) {
			stage = GrantStage.FAILED;
		}
		else {
			stage = GrantStage.valueOf(GrantStatus.valueOf(rs.getString("status")).name());
		}
		return new GrantRow(rs.getLong("id"), rs.getLong("policy_id"), rs.getString("title"),
				rs.getString("document_no"), rs.getLong("enterprise_id"), null, rs.getString("source"),
				rs.getBigDecimal("amount"), stage, rs.getObject("payable_on", LocalDate.class),
				"PAID".equals(live) ? rs.getObject("paid_on", LocalDate.class) : null);
	}

	private List<GrantRow> named(List<GrantRow> raw) {
		Map<Long, String> names = directory.enterpriseNames(raw.stream().map(GrantRow::enterpriseId).toList());
		return raw.stream()
			.map(r -> new GrantRow(r.id(), r.policyId(), r.policyTitle(), r.documentNo(), r.enterpriseId(),
					names.get(r.enterpriseId()), r.source(), r.amount(), r.stage(), r.payableOn(), r.paidOn()))
			.toList();
	}

	/** The WHERE clause of the viewer's grants, or {@code null} when the viewer can see none. */
	private Where grantsWhere(GrantFilter filter, Viewer viewer) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		switch (viewer.role()) {
			case ENTERPRISE:
				conditions.add("g.enterprise_id = :viewerEnterprise");
				params.put("viewerEnterprise", viewer.enterpriseId());
				break;
			case DEPARTMENT:
				conditions.add("p.department_id = :viewerDepartment");
				params.put("viewerDepartment", viewer.departmentId());
				break;
			case CADRE:
				List<Long> paired = directory.enterprisesPairedWith(viewer.cadreId())
					.stream()
					.map(EnterpriseRef::id)
					.toList();
				if (paired.isEmpty()) {
					return null;
				}
				conditions.add("g.enterprise_id in (:viewerEnterprises)");
				params.put("viewerEnterprises", paired);
				break;
			default:
				break;
		}
		search(filter.q(), "p.title ilike :q or p.document_no ilike :q", conditions, params);
		if (filter.policy() != null) {
			conditions.add("g.policy_id = :policy");
			params.put("policy", filter.policy());
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	/** The policies to filter the ledger by: those with grants, newest first. */
	public List<PolicyOption> policiesWithGrants() {
		return jdbc.sql("""
				select p.id, p.title from policy p
				where exists (select 1 from policy_grant g where g.policy_id = p.id) order by p.id desc""")
			.query(PolicyOption.class)
			.list();
	}

	/**
	 * Adds the search of a text: the given conditions over {@code :q}, or the grant's enterprise among those whose
	 * name or credit code the text names.
	 */
	private void search(String q, String textConditions, List<String> conditions, Map<String, Object> params) {
		if (q == null || q.isBlank()) {
			return;
		}
		List<Long> named = directory.searchEnterprises(q, ENTERPRISES_PER_SEARCH).stream().map(EnterpriseRef::id).toList();
		conditions.add("(" + textConditions + (named.isEmpty() ? "" : " or g.enterprise_id in (:qEnterprises)") + ")");
		params.put("q", like(q));
		if (!named.isEmpty()) {
			params.put("qEnterprises", named);
		}
	}

	private static String like(String text) {
		return "%" + text.strip().replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

	private static BigDecimal fen(BigDecimal amount) {
		return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
	}

}
