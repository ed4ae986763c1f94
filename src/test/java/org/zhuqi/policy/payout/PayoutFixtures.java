package org.zhuqi.policy.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.zhuqi.directory.reference.Uscc;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.Grants;

/**
 * Creates what a payout test needs with unique keys (all tests of a run share one database): a department, an
 * enterprise, a published policy, and payable grants (approved through {@link Grants}, then made PAYABLE
 * directly, as the public notice step would).
 */
final class PayoutFixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

	private final JdbcClient jdbc;

	private final Grants grants;

	PayoutFixtures(JdbcClient jdbc, Grants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
	}

	static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	long department() {
		KeyHolder key = new GeneratedKeyHolder();
		String code = unique("PD");
		jdbc.sql("""
				insert into department (code, name, kind, active, created_at, updated_at)
				values (:code, :name, 'BUREAU', true, :now, :now)""")
			.param("code", code)
			.param("name", "兑现测试局" + code)
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	long enterprise(String name, Long cadreId) {
		String digits = String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
		String first17 = "91330106" + digits;
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enterprise (uscc, name, street_code, industry_code, size_class, registered_capital,
				    founded_on, contact_name, contact_phone, cadre_id, paired_since, created_at, updated_at)
				values (:uscc, :name, 'XIHU', 'I', 'SMALL', 1000000.00, :founded, '王五', '13812345678', :cadre,
				    :paired, :now, :now)""")
			.param("uscc", first17 + Uscc.checkCharacter(first17))
			.param("name", name)
			.param("founded", LocalDate.of(2015, 6, 1))
			.param("cadre", cadreId)
			.param("paired", cadreId == null ? null : OffsetDateTime.now())
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	String uscc(long enterpriseId) {
		return jdbc.sql("select uscc from enterprise where id = :id").param("id", enterpriseId).query(String.class).single();
	}

	long policy(long departmentId, String title, BigDecimal budget) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, fixed_amount, status, published_at, created_by, created_at,
				    updated_at)
				values (:title, :doc, :department, '兑现测试', '兑现测试正文', :from, :until, 'SUBSIDY', :budget, 'FIXED',
				    1000.00, 'PUBLISHED', :now, 'test', :now, :now)""")
			.param("title", title)
			.param("doc", "西测〔2026〕" + SEQUENCE.incrementAndGet() + "号")
			.param("department", departmentId)
			.param("from", LocalDate.of(2026, 1, 1))
			.param("until", LocalDate.of(2030, 12, 31))
			.param("budget", budget)
			.param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** A grant of the policy to the enterprise, approved and made payable. */
	long payableGrant(long policyId, long enterpriseId, String amount) {
		long grantId = grants.approve(policyId, enterpriseId, null, GrantSource.NO_APPLICATION, new BigDecimal(amount),
				"test");
		jdbc.sql("update policy_grant set status = 'PAYABLE', payable_on = :day where id = :id")
			.param("day", LocalDate.of(2026, 1, 5))
			.param("id", grantId)
			.update();
		return grantId;
	}

	/** The ledger entries of a grant, oldest first. */
	java.util.List<Payout> entries(long grantId) {
		return jdbc.sql("select " + Payout.COLUMNS + " from policy_payout where grant_id = :grant order by id")
			.param("grant", grantId)
			.query(Payout.class)
			.list();
	}

}
