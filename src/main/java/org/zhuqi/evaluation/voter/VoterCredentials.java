package org.zhuqi.evaluation.voter;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks a credential presented for a campaign and, for a valid one, gives its voter key. The answer names
 * no voter: the ballot box learns whether it may accept the ballot and under which key, nothing more.
 */
@Component
public class VoterCredentials {

	/** {@code evaluation_voter.rating_path} of a voter rating with its credential. */
	public static final String CREDENTIAL_PATH = "CREDENTIAL";

	private final JdbcClient jdbc;

	private final VoterKeys keys;

	VoterCredentials(JdbcClient jdbc, VoterKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/** How a presented credential stands. */
	public enum Standing {

		/** Issued for this campaign and not revoked. */
		VALID,

		/** Issued for this campaign, then revoked. */
		REVOKED,

		/** Not a credential of this campaign (mistyped, forged, or another campaign's). */
		UNKNOWN

	}

	/**
	 * The outcome of a check.
	 * @param voterKey the voter key of a {@link Standing#VALID valid} credential, else {@code null}
	 */
	public record Check(Standing standing, String voterKey) {
	}

	/** A credential's campaign and how it stands there. */
	public record Identified(long campaignId, Check check) {
	}

	/**
	 * The campaign a credential was issued for and how it stands, in one look-up by the token alone, for pages
	 * and ballots that arrive with the credential's link (the voter page). Empty for anything that is not an
	 * issued credential. No transaction: one read, and on a voter's first use one conditional update.
	 */
	public Optional<Identified> identify(String token) {
		if (!CredentialTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc
			.sql("select campaign_id, id, revoked_at, rating_path from evaluation_voter where credential_hash = :hash")
			.param("hash", CredentialTokens.digest(token))
			.query((rs, row) -> new VoterRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class) != null,
					rs.getString(4)))
			.optional()
			.map(voter -> new Identified(voter.campaignId(), standing(voter, token)));
	}

	/**
	 * How the credential stands for the campaign, with its voter key when valid. A voter rates either with its
	 * credential or with its enterprise account (online rating), never both: the first check of a valid
	 * credential claims the credential path for its voter ({@code rating_path}, set only while null, so a voter
	 * pays this update once), and a credential whose voter has taken the account path counts as
	 * {@link Standing#REVOKED revoked}. See docs/evaluation.md, "Online rating".
	 */
	public Check check(long campaignId, String token) {
		return identify(token).filter(found -> found.campaignId() == campaignId)
			.map(Identified::check)
			.orElse(new Check(Standing.UNKNOWN, null));
	}

	private Check standing(VoterRow voter, String token) {
		if (voter.revoked()) {
			return new Check(Standing.REVOKED, null);
		}
		String path = voter.ratingPath() == null ? claimCredentialPath(voter.id()) : voter.ratingPath();
		if (!CREDENTIAL_PATH.equals(path)) {
			return new Check(Standing.REVOKED, null);
		}
		return new Check(Standing.VALID, keys.keyOf(token));
	}

	/** The voter row as a check reads it. */
	private record VoterRow(long campaignId, long id, boolean revoked, String ratingPath) {
	}

	/** Sets the credential path unless another path was set meanwhile; answers the path that holds. */
	private String claimCredentialPath(long voterId) {
		int claimed = jdbc
			.sql("update evaluation_voter set rating_path = :path where id = :voter and rating_path is null")
			.param("path", CREDENTIAL_PATH)
			.param("voter", voterId)
			.update();
		if (claimed == 1) {
			return CREDENTIAL_PATH;
		}
		return jdbc.sql("select rating_path from evaluation_voter where id = :voter")
			.param("voter", voterId)
			.query(String.class)
			.single();
	}

}
