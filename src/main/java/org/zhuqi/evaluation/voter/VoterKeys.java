package org.zhuqi.evaluation.voter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The voter key of a credential: lower-case hex HMAC-SHA256 of the token's UTF-8 characters under the server's
 * secret. A ballot carries only this key, so the database can enforce one ballot per voter per department
 * without holding anything that names the voter: linking a key to a voter takes both the secret (kept out of
 * the database) and the voter's token (never stored).
 */
public final class VoterKeys {

	/** The secret must have at least this many bytes (256 bits). */
	public static final int MIN_SECRET_BYTES = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec secret;

	public VoterKeys(byte[] secret) {
		if (secret == null || secret.length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException("the voter key secret needs at least " + MIN_SECRET_BYTES + " bytes");
		}
		this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
	}

	public String keyOf(String token) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(secret);
			return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has " + ALGORITHM, ex);
		}
	}

}
