package org.zhuqi.evaluation.result;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.scoring.Rubric;

/**
 * Reads a campaign's current publication, the frozen snapshot {@link ResultsPublisher} stored: published results
 * are public, so no viewer is needed. Nothing here recomputes anything.
 */
@Component
public class PublishedResults {

	private final JdbcClient jdbc;

	PublishedResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The campaign's published results, if they are published now. */
	@Transactional(readOnly = true)
	public Optional<PublishedSnapshot> of(long campaignId) {
		return jdbc.sql("""
				select id, ledger_seq, ledger_hash, eligible_voters, voters, ballots, published_at, published_by
				from evaluation_publication where campaign_id = :campaign and withdrawn_at is null""")
			.param("campaign", campaignId)
			.query((rs, row) -> new PublishedSnapshot(campaignId, rs.getLong("id"), rs.getLong("ledger_seq"),
					rs.getString("ledger_hash"), rs.getInt("eligible_voters"), rs.getInt("voters"), rs.getInt("ballots"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
					rows(rs.getLong("id"))))
			.optional();
	}

	private List<ResultRow> rows(long publicationId) {
		return jdbc.sql("""
				select department_id, department_name, group_kind, position, ballots, eligible_voters, weighted, trimmed,
				    trimmed_each_side, participation, group_rank, overall_rank
				from evaluation_published_department where publication_id = :publication
				order by group_kind, position""")
			.param("publication", publicationId)
			.query((rs, row) -> new ResultRow(rs.getLong("department_id"), rs.getString("department_name"),
					DepartmentGroup.valueOf(rs.getString("group_kind")), rs.getInt("position"), rs.getInt("ballots"),
					rs.getInt("eligible_voters"), rs.getBigDecimal("weighted"), rs.getBigDecimal("trimmed"),
					rs.getInt("trimmed_each_side"), rs.getBigDecimal("participation"),
					(Integer) rs.getObject("group_rank", Integer.class), rs.getObject("overall_rank", Integer.class)))
			.list();
	}

	/** The distributions per dimension as published, of one department or of all ({@code only == null}). */
	@Transactional(readOnly = true)
	Map<Long, Distributions> distributions(long publicationId, Long only, Rubric rubric) {
		Map<Long, Distributions> distributions = new HashMap<>();
		String oneDepartment = only == null ? "" : " and department_id = :department";
		jdbc.sql("""
				select department_id, dimension, score, ballots from evaluation_published_distribution
				where publication_id = :publication""" + oneDepartment)
			.param("publication", publicationId)
			.param("department", only)
			.query(rs -> {
				distributions.computeIfAbsent(rs.getLong(1), department -> new Distributions(rubric))
					.set(rs.getInt(2), rs.getInt(3), rs.getInt(4));
			});
		return distributions;
	}

}
