package org.zhuqi.evaluation.online;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.voter.CredentialTokens;

/**
 * The voter rows ({@code evaluation_voter}) as online rating needs them: found by credential (to tell a revoked
 * credential from one whose voter took the account path) or by enterprise (the account path), and the claim of
 * the account path. Answers no more than it must: a voter's id, whether it may vote and its path.
 */
@Component
class OnlineVoters {

	private final JdbcClient jdbc;

	OnlineVoters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A voter of the campaign as online rating sees it.
	 * @param issued whether its credential has been issued (only then it counts as an eligible voter)
	 * @param path how it rates, {@code null} before its first use
	 */
	record RollEntry(long id, boolean issued, boolean revoked, RatingPath path) {
	}

	Optional<RollEntry> byCredential(long campaignId, String token) {
		if (!CredentialTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select id, issued_at, revoked_at, rating_path from evaluation_voter
				where campaign_id = :campaign and credential_hash = :hash""")
			.param("campaign", campaignId)
			.param("hash", CredentialTokens.digest(token))
			.query((rs, row) -> entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.optional();
	}

	Optional<RollEntry> byEnterprise(long campaignId, long enterpriseId) {
		return jdbc.sql("""
				select id, issued_at, revoked_at, rating_path from evaluation_voter
				where campaign_id = :campaign and enterprise_id = :enterprise""")
			.param("campaign", campaignId)
			.param("enterprise", enterpriseId)
			.query((rs, row) -> entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.optional();
	}

	/**
	 * Sets the voter's path to {@code ACCOUNT} unless a path is set (a conditional update: of two first uses at
	 * the same moment exactly one wins) and answers the path that holds afterwards.
	 */
	RatingPath claimAccount(long voterId) {
		int claimed = jdbc
			.sql("update evaluation_voter set rating_path = :path where id = :voter and rating_path is null")
			.param("path", RatingPath.ACCOUNT.name())
			.param("voter", voterId)
			.update();
		if (claimed == 1) {
			return RatingPath.ACCOUNT;
		}
		return jdbc.sql("select rating_path from evaluation_voter where id = :voter")
			.param("voter", voterId)
			.query(String.class)
			.optional()
			.map(RatingPath::valueOf)
			.orElse(null);
	}

	private static RollEntry entry(long id, OffsetDateTime issuedAt, OffsetDateTime revokedAt, String path) {
		return new RollEntry(id, issuedAt != null, revokedAt != null, path == null ? null : RatingPath.valueOf(path));
	}

}
