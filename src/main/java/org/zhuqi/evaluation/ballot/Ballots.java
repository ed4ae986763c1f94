package org.zhuqi.evaluation.ballot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.ballot.BallotOutcome.Receipt;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.VotingState;
import org.zhuqi.evaluation.scoring.ScoreList;

/** The stored ballots ({@code evaluation_ballot}) as the ballot box reads and writes them. */
@Component
class Ballots {

	private static final String STORED = """
			select b.department_id, b.voter_key, b.idempotency_key, b.ledger_seq, l.entry_hash, b.accepted_at
			from evaluation_ballot b
			join evaluation_ledger l on l.campaign_id = b.campaign_id and l.seq = b.ledger_seq
			where b.campaign_id = :campaign""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Ballots(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A voter's stored ballot for a department: the attempt it came from and its receipt. */
	record Stored(String idempotencyKey, Receipt receipt) {
	}

	Optional<Stored> find(long campaignId, long departmentId, String voterKey) {
		return jdbc.sql(STORED + " and b.department_id = :department and b.voter_key = :voter")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.query((rs, row) -> stored(rs))
			.optional();
	}

	/**
	 * The stored ballots of these voters for these departments of the campaign, by department and voter key
	 * ({@code "12|key"}); one look-up along the unique index (campaign, department, voter key).
	 */
	Map<String, Stored> findAll(long campaignId, Collection<Long> departmentIds, Collection<String> voterKeys) {
		Map<String, Stored> found = new HashMap<>();
		if (voterKeys.isEmpty()) {
			return found;
		}
		jdbc.sql(STORED + " and b.department_id in (:departments) and b.voter_key in (:voters)")
			.param("campaign", campaignId)
			.param("departments", departmentIds)
			.param("voters", voterKeys)
			.query(rs -> {
				found.put(rs.getLong(1) + "|" + rs.getString(2), stored(rs));
			});
		return found;
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		return new Stored(rs.getString("idempotency_key"), new Receipt(rs.getLong("ledger_seq"),
				rs.getString("entry_hash"), rs.getObject("accepted_at", OffsetDateTime.class).toInstant()));
	}

	/**
	 * Stores accepted ballots in one JDBC batch, the first at ledger entry {@code firstSeq}, the next at the
	 * following one and so on; a second ballot of a voter for a department fails on the unique constraint.
	 */
	void insertAll(List<BallotWriter.Ballot> accepted, long firstSeq, Instant acceptedAt) {
		OffsetDateTime at = acceptedAt.atOffset(ZoneOffset.UTC);
		List<Object[]> rows = new ArrayList<>(accepted.size());
		long seq = firstSeq;
		for (BallotWriter.Ballot ballot : accepted) {
			BallotRequest request = ballot.request();
			rows.add(new Object[] { request.campaignId(), request.departmentId(), ballot.voterKey(),
					ScoreList.join(request.scores()), ballot.comment(), request.channel().name(),
					request.idempotencyKey(), seq++, at });
		}
		batch.batchUpdate("""
				insert into evaluation_ballot (campaign_id, department_id, voter_key, scores, comment, channel,
				    idempotency_key, ledger_seq, accepted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** Whether the campaign takes ballots now, read afresh (after the ledger lock, a close has committed). */
	VotingState votingState(long campaignId, Instant now) {
		return jdbc.sql("select status, opens_at, closes_at from evaluation_campaign where id = :campaign")
			.param("campaign", campaignId)
			.query((rs, row) -> Campaign.votingState(CampaignStatus.valueOf(rs.getString(1)),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant(),
					now))
			.single();
	}

}
