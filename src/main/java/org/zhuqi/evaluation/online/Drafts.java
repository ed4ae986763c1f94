package org.zhuqi.evaluation.online;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Saved, not yet submitted ratings ({@code evaluation_draft}), keyed by campaign, department and voter key.
 * Partial scores are stored in dimension order joined by commas, empty where none is chosen ({@code 8,,7,}).
 */
@Component
class Drafts {

	private final JdbcClient jdbc;

	Drafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RatingEntry> find(long campaignId, long departmentId, String voterKey, int dimensions) {
		return jdbc.sql("""
				select scores, comment from evaluation_draft
				where campaign_id = :campaign and department_id = :department and voter_key = :voter""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.query((rs, row) -> new RatingEntry(decode(rs.getString(1), dimensions), rs.getString(2)))
			.optional();
	}

	/** The departments the voter has a draft for. */
	Set<Long> departments(long campaignId, String voterKey) {
		return jdbc.sql("select department_id from evaluation_draft where campaign_id = :campaign and voter_key = :voter")
			.param("campaign", campaignId)
			.param("voter", voterKey)
			.query(Long.class)
			.set();
	}

	/** Keeps the entry as the voter's draft for the department, replacing an earlier one. */
	void save(long campaignId, long departmentId, String voterKey, RatingEntry entry, Instant now) {
		if (update(campaignId, departmentId, voterKey, entry, now) == 1) {
			return;
		}
		try {
			jdbc.sql("""
					insert into evaluation_draft (campaign_id, department_id, voter_key, scores, comment, saved_at)
					values (:campaign, :department, :voter, :scores, :comment, :at)""")
				.param("campaign", campaignId)
				.param("department", departmentId)
				.param("voter", voterKey)
				.param("scores", encode(entry.scores()))
				.param("comment", entry.comment())
				.param("at", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// the same voter saved in another tab at the same moment: the later save wins
			update(campaignId, departmentId, voterKey, entry, now);
		}
	}

	/** Forgets the draft, if there is one (idempotent). */
	void delete(long campaignId, long departmentId, String voterKey) {
		jdbc.sql("""
				delete from evaluation_draft
				where campaign_id = :campaign and department_id = :department and voter_key = :voter""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.update();
	}

	private int update(long campaignId, long departmentId, String voterKey, RatingEntry entry, Instant now) {
		return jdbc.sql("""
				update evaluation_draft set scores = :scores, comment = :comment, saved_at = :at
				where campaign_id = :campaign and department_id = :department and voter_key = :voter""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.param("scores", encode(entry.scores()))
			.param("comment", entry.comment())
			.param("at", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	static String encode(List<Integer> scores) {
		return scores.stream().map(score -> score == null ? "" : score.toString()).collect(Collectors.joining(","));
	}

	static List<Integer> decode(String text, int dimensions) {
		List<Integer> scores = new ArrayList<>();
		String[] parts = text.split(",", -1);
		for (int i = 0; i < dimensions; i++) {
			String part = i < parts.length ? parts[i] : "";
			scores.add(part.isEmpty() ? null : Integer.valueOf(part));
		}
		return scores;
	}

}
