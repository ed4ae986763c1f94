package org.zhuqi.policy.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Creates policies straight in the table for the rule tests (the catalogue's service is built elsewhere): a
 * published policy open from a year ago to a year ahead, with a fixed amount or a percentage of R&D spend.
 */
final class TestPolicies {

	private final JdbcClient jdbc;

	TestPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A published policy with a fixed amount of 10,000 yuan. */
	long published(String title, long departmentId, String rule) {
		return insert(title, departmentId, rule, "PUBLISHED", false, null);
	}

	/** A published 免申即享 policy paying {@code percent} % of the declared R&D spend, capped at 50,000 yuan. */
	long noApplication(String title, long departmentId, String rule, BigDecimal percent) {
		return insert(title, departmentId, rule, "PUBLISHED", true, percent);
	}

	/** A draft policy with a fixed amount. */
	long draft(String title, long departmentId, String rule) {
		return insert(title, departmentId, rule, "DRAFT", false, null);
	}

	private long insert(String title, long departmentId, String rule, String status, boolean noApplication,
			BigDecimal percent) {
		KeyHolder key = new GeneratedKeyHolder();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into policy (title, document_no, department_id, summary, body, valid_from, valid_until,
				    benefit_kind, budget, amount_kind, fixed_amount, percent, percent_of, amount_cap, no_application,
				    rule, status, published_at, created_by, created_at, updated_at)
				values (:title, :no, :department, '测试政策摘要', '测试政策正文', :from, :until, 'SUBSIDY', 1000000,
				    :kind, :fixed, :percent, :of, :cap, :noApplication, :rule, :status, :published, 'test', :now, :now)""")
			.param("title", title)
			.param("no", "西测〔2026〕" + System.nanoTime() % 100000 + "号")
			.param("department", departmentId)
			.param("from", LocalDate.now().minusYears(1))
			.param("until", LocalDate.now().plusYears(1))
			.param("kind", percent == null ? "FIXED" : "PERCENT")
			.param("fixed", percent == null ? new BigDecimal("10000.00") : null)
			.param("percent", percent)
			.param("of", percent == null ? null : "RD_SPEND")
			.param("cap", percent == null ? null : new BigDecimal("50000.00"))
			.param("noApplication", noApplication)
			.param("rule", rule)
			.param("status", status)
			.param("published", "DRAFT".equals(status) ? null : now)
			.param("now", now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Gives an enterprise a tag, so that a rule on that tag matches exactly the enterprises of a test. */
	void tag(long enterpriseId, String tag) {
		jdbc.sql("insert into enterprise_tag (enterprise_id, tag) values (:id, :tag)")
			.param("id", enterpriseId)
			.param("tag", tag)
			.update();
	}

	/** A rule admitting the enterprises with the tag. */
	static String taggedRule(String tag) {
		return "{\"attribute\":\"TAGS\",\"operator\":\"HAS_ANY\",\"values\":[\"" + tag + "\"]}";
	}

}
