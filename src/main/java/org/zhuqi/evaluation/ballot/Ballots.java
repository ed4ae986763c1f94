package org.zhuqi.evaluation.ballot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

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

	private final JdbcClient jdbc;

	Ballots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A voter's stored ballot for a department: the attempt it came from and its receipt. */
	record Stored(String idempotencyKey, Receipt receipt) {
	}

	Optional<Stored> find(long campaignId, long departmentId, String voterKey) {
		return jdbc.sql("""
				select b.idempotency_key, b.ledger_seq, l.entry_hash, b.accepted_at
				from evaluation_ballot b
				join evaluation_ledger l on l.campaign_id = b.campaign_id and l.seq = b.ledger_seq
				where b.campaign_id = :campaign and b.department_id = :department and b.voter_key = :voter""")
			.param("campaign", campaignId)
			.param("department", departmentId)
			.param("voter", voterKey)
			.query((rs, row) -> new Stored(rs.getString(1), new Receipt(rs.getLong(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant())))
			.optional();
	}

	/** Stores an accepted ballot; a second one of the voter for the department fails on the unique constraint. */
	void insert(BallotRequest ballot, String voterKey, String comment, long ledgerSeq, Instant acceptedAt) {
		jdbc.sql("""
				insert into evaluation_ballot (campaign_id, department_id, voter_key, scores, comment, channel,
				    idempotency_key, ledger_seq, accepted_at)
				values (:campaign, :department, :voter, :scores, :comment, :channel, :key, :seq, :at)""")
			.param("campaign", ballot.campaignId())
			.param("department", ballot.departmentId())
			.param("voter", voterKey)
			.param("scores", ScoreList.join(ballot.scores()))
			.param("comment", comment)
			.param("channel", ballot.channel().name())
			.param("key", ballot.idempotencyKey())
			.param("seq", ledgerSeq)
			.param("at", acceptedAt.atOffset(ZoneOffset.UTC))
			.update();
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
