package org.zhuqi.policy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.policy.PolicyFigures;
import org.zhuqi.policy.PolicyFigures.ByPolicy;

/** The demo year comes out of the module's own operations and adds up: 14 policies, 13 paid, 3 免申即享. */
@SpringBootTest
@ActiveProfiles("test")
class PolicyDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicyFigures figures;

	private List<ByPolicy> demoPolicies() {
		List<String> numbers = DemoPolicies.ALL.stream().map(DemoPolicy::documentNo).toList();
		return figures.byPolicy().stream().filter(policy -> numbers.contains(policy.documentNo())).toList();
	}

	@Test
	void fourteenPoliciesArePublishedAndThirteenPaid() {
		List<ByPolicy> demo = demoPolicies();

		assertThat(demo).hasSize(14).allMatch(policy -> policy.status().equals("PUBLISHED"));
		assertThat(demo.stream().filter(policy -> policy.amountPaid().signum() > 0)).hasSize(13);
		assertThat(demo.stream().filter(policy -> policy.amountPaid().signum() == 0))
			.extracting(ByPolicy::title)
			.containsExactly("工业企业技术改造投资补助");
		assertThat(jdbc.sql("select count(*) from policy where no_application = true and document_no in (:numbers)")
			.param("numbers", demo.stream().map(ByPolicy::documentNo).toList())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void paidAmountsEqualTheLedgerToTheFen() {
		List<ByPolicy> demo = demoPolicies();
		BigDecimal reported = demo.stream().map(ByPolicy::amountPaid).reduce(BigDecimal.ZERO, BigDecimal::add);

		BigDecimal ledger = jdbc.sql("""
				select coalesce(sum(x.amount), 0) from policy_payout x
				join policy_grant g on g.id = x.grant_id
				where x.status = 'PAID' and g.policy_id in (:ids)""")
			.param("ids", demo.stream().map(ByPolicy::policyId).toList())
			.query(BigDecimal.class)
			.single();

		assertThat(reported).isPositive().isEqualByComparingTo(ledger);
	}

	@Test
	void everyGrantIsPaidAtMostOnceAndFailedTransfersWereRetried() {
		List<Long> ids = demoPolicies().stream().map(ByPolicy::policyId).toList();

		assertThat(jdbc.sql("""
				select count(*) from (select x.grant_id from policy_payout x join policy_grant g on g.id = x.grant_id
				where x.kind = 'PAYMENT' and x.status = 'PAID' and g.policy_id in (:ids)
				group by x.grant_id having count(*) > 1) twice""")
			.param("ids", ids)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from policy_payout x join policy_grant g on g.id = x.grant_id
				where x.status = 'FAILED' and g.policy_id in (:ids)
				and not exists (select 1 from policy_payout p where p.grant_id = x.grant_id and p.status = 'PAID')""")
			.param("ids", ids)
			.query(Long.class)
			.single()).as("every failed transfer was retried and paid").isZero();
	}

	@Test
	void applicationsWereReviewedWithEveryOutcome() {
		List<String> statuses = jdbc.sql("""
				select distinct a.status from policy_application a join policy p on p.id = a.policy_id
				where p.document_no in (:numbers)""")
			.param("numbers", DemoPolicies.ALL.stream().map(DemoPolicy::documentNo).toList())
			.query(String.class)
			.list();

		assertThat(statuses).contains("APPROVED", "REJECTED", "RETURNED", "SUBMITTED");
	}

}
