package org.zhuqi.evaluation.voter;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

	/**
	 * The campaign a credential was issued for, for pages opened by the credential's link alone (the voter page);
	 * empty for anything that is not an issued credential. Revoked credentials are found too: {@link #check} tells.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> campaignOf(String token) {
		if (!CredentialTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select campaign_id from evaluation_voter where credential_hash = :hash")
			.param("hash", CredentialTokens.digest(token))
			.query(Long.class)
			.optional();
	}

	/**
	 * How the credential stands for the campaign, with its voter key when valid. A voter rates either with its
	 * credential or with its enterprise account (online rating), never both: the first check of a valid
	 * credential claims the credential path for its voter ({@code rating_path}, set only while null, so a voter
	 * pays this update once), and a credential whose voter has taken the account path counts as
	 * {@link Standing#REVOKED revoked}. See docs/evaluation.md, "Online rating".
	 */
	@Transactional
	public Check check(long campaignId, String token) {
		if (!CredentialTokens.wellFormed(token)) {
			return new Check(Standing.UNKNOWN, null);
		}
		Optional<VoterRow> voter = jdbc
			.sql("select id, revoked_at, rating_path from evaluation_voter where campaign_id = :campaign and credential_hash = :hash")
			.param("campaign", campaignId)
			.param("hash", CredentialTokens.digest(token))
			.query((rs, row) -> new VoterRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class) != null,
					rs.getString(3)))
			.optional();
		if (voter.isEmpty()) {
			return new Check(Standing.UNKNOWN, null);
		}
		if (voter.get().revoked()) {
			return new Check(Standing.REVOKED, null);
		}
		String path = voter.get().ratingPath() == null ? claimCredentialPath(voter.get().id()) : voter.get().ratingPath();
		if (!CREDENTIAL_PATH.equals(path)) {
			return new Check(Standing.REVOKED, null);
		}
		return new Check(Standing.VALID, keys.keyOf(token));
	}

	/** The voter row as a check reads it. */
	private record VoterRow(long id, boolean revoked, String ratingPath) {
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
