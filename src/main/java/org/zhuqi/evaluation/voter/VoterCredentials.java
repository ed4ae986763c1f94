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

	@Transactional(readOnly = true)
	public Check check(long campaignId, String token) {
		if (!CredentialTokens.wellFormed(token)) {
			return new Check(Standing.UNKNOWN, null);
		}
		Optional<Optional<OffsetDateTime>> revokedAt = jdbc
			.sql("select revoked_at from evaluation_voter where campaign_id = :campaign and credential_hash = :hash")
			.param("campaign", campaignId)
			.param("hash", CredentialTokens.digest(token))
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.optional();
		if (revokedAt.isEmpty()) {
			return new Check(Standing.UNKNOWN, null);
		}
		if (revokedAt.get().isPresent()) {
			return new Check(Standing.REVOKED, null);
		}
		return new Check(Standing.VALID, keys.keyOf(token));
	}

}
