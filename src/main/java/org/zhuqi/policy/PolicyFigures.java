package org.zhuqi.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;

/**
 * The figures of 惠企政策 (policies online, paid, enterprises benefited, amount paid, applications), always summed
 * from the policies, grants and the payout ledger with SQL at the moment they are asked for, never from stored
 * totals. "Paid" means a PAID payment that has not been reversed; the amount paid is the sum of every PAID
 * ledger entry, reversals (negative) included, so it always equals the ledger to the fen. For the statistics API,
 * the policy pages and a dashboard; the figures are public aggregates, shown to any signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class PolicyFigures {

	/** A paid payment (alias {@code x}) that no reversal reverses. */
	private static final String PAID_UNREVERSED = "x.kind = 'PAYMENT' and x.status = 'PAID'"
			+ " and not exists (select 1 from policy_payout r where r.reverses_id = x.id)";

	/** The applications counted: every one ever submitted, and those of them now approved. */
	private static final String APPLICATIONS = """
			select count(*) as submitted, count(*) filter (where status = 'APPROVED') as approved
			from policy_application where submitted_at is not null""";

	private final JdbcClient jdbc;

	private final Directory directory;

	PolicyFigures(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * The district's figures.
	 *
	 * @param policiesOnline published policies
	 * @param policiesPaid policies with at least one paid, unreversed payment
	 * @param enterprisesBenefited distinct enterprises with a paid, unreversed payment
	 * @param amountPaid yuan with fen: the sum of all PAID ledger entries (payments less reversals); a string in
	 * JSON, exact
	 * @param applications applications submitted
	 * @param approvalRate approved / submitted applications, 0..1 with four places, {@code null} when none
	 */
	public record Summary(long policiesOnline, long policiesPaid, long enterprisesBenefited,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid, long applications,
			BigDecimal approvalRate) {
	}

	/**
	 * One policy's figures.
	 *
	 * @param grants grants made, whatever their state
	 * @param budgetUsed amount paid / budget, 0..1 (more when overspent) with four places, {@code null} for a zero
	 * budget
	 */
	public record ByPolicy(long policyId, String title, String documentNo, long departmentId, String status,
			long grants, long enterprisesBenefited, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
			@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget, BigDecimal budgetUsed) {
	}

	/** One issuing department's figures. */
	public record ByDepartment(long departmentId, String departmentName, long policiesOnline, long policiesPaid,
			long enterprisesBenefited, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid) {
	}

	public Summary summary() {
		long online = jdbc.sql("select count(*) from policy where status = 'PUBLISHED'").query(Long.class).single();
		record Paid(long policies, long enterprises) {
		}
		Paid paid = jdbc.sql("select count(distinct g.policy_id) as policies, count(distinct g.enterprise_id) as enterprises"
				+ " from policy_payout x join policy_grant g on g.id = x.grant_id where " + PAID_UNREVERSED)
			.query(Paid.class)
			.single();
		BigDecimal amount = jdbc.sql("select coalesce(sum(amount), 0) from policy_payout where status = 'PAID'")
			.query(BigDecimal.class)
			.single();
		record Applications(long submitted, long approved) {
		}
		Applications applications = jdbc.sql(APPLICATIONS).query(Applications.class).single();
		return new Summary(online, paid.policies(), paid.enterprises(), fen(amount), applications.submitted(),
				rate(BigDecimal.valueOf(applications.approved()), BigDecimal.valueOf(applications.submitted())));
	}

	/** Every policy past draft, by id. */
	public List<ByPolicy> byPolicy() {
		return policies(null);
	}

	/** One policy's figures (any status), empty for an unknown policy. */
	public Optional<ByPolicy> ofPolicy(long policyId) {
		return policies(policyId).stream().findFirst();
	}

	private List<ByPolicy> policies(Long policyId) {
		String where = policyId == null ? "where p.status <> 'DRAFT'" : "where p.id = :id";
		var statement = jdbc.sql("""
				select p.id, p.title, p.document_no, p.department_id, p.status, p.budget,
				       (select count(*) from policy_grant g where g.policy_id = p.id) as grants,
				       (select count(distinct g.enterprise_id) from policy_payout x join policy_grant g on g.id = x.grant_id
				        where g.policy_id = p.id and %s) as enterprises,
				       (select coalesce(sum(x.amount), 0) from policy_payout x join policy_grant g on g.id = x.grant_id
				        where g.policy_id = p.id and x.status = 'PAID') as amount_paid
				from policy p %s order by p.id""".formatted(PAID_UNREVERSED, where));
		if (policyId != null) {
			statement = statement.param("id", policyId);
		}
		return statement.query((rs, row) -> {
			BigDecimal paid = fen(rs.getBigDecimal("amount_paid"));
			BigDecimal budget = fen(rs.getBigDecimal("budget"));
			return new ByPolicy(rs.getLong("id"), rs.getString("title"), rs.getString("document_no"),
					rs.getLong("department_id"), rs.getString("status"), rs.getLong("grants"), rs.getLong("enterprises"),
					paid, budget, rate(paid, budget));
		}).list();
	}

	/** Every department that issued a policy past draft, by id. */
	public List<ByDepartment> byDepartment() {
		Map<Long, Long> online = new HashMap<>();
		jdbc.sql("select department_id, count(*) from policy where status = 'PUBLISHED' group by department_id")
			.query(rs -> {
				online.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, long[]> paid = new HashMap<>();
		jdbc.sql("select p.department_id, count(distinct p.id), count(distinct g.enterprise_id)"
				+ " from policy_payout x join policy_grant g on g.id = x.grant_id join policy p on p.id = g.policy_id"
				+ " where " + PAID_UNREVERSED + " group by p.department_id")
			.query(rs -> {
				paid.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		Map<Long, BigDecimal> amounts = new HashMap<>();
		jdbc.sql("select p.department_id, coalesce(sum(x.amount), 0) from policy_payout x"
				+ " join policy_grant g on g.id = x.grant_id join policy p on p.id = g.policy_id"
				+ " where x.status = 'PAID' group by p.department_id")
			.query(rs -> {
				amounts.put(rs.getLong(1), rs.getBigDecimal(2));
			});
		TreeSet<Long> departments = new TreeSet<>(jdbc
			.sql("select distinct department_id from policy where status <> 'DRAFT'")
			.query(Long.class)
			.list());
		departments.addAll(amounts.keySet());
		Map<Long, String> names = directory.departmentNames(departments);
		List<ByDepartment> rows = new ArrayList<>();
		for (Long id : departments) {
			long[] counts = paid.getOrDefault(id, new long[2]);
			rows.add(new ByDepartment(id, names.get(id), online.getOrDefault(id, 0L), counts[0], counts[1],
					fen(amounts.getOrDefault(id, BigDecimal.ZERO))));
		}
		return rows;
	}

	private static BigDecimal fen(BigDecimal amount) {
		return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.UNNECESSARY);
	}

	private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
	}

}
