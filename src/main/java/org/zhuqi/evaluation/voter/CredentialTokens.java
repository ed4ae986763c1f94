package org.zhuqi.evaluation.voter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Voter credentials (投票凭证): {@value #TOKEN_BYTES} random bytes ({@value #TOKEN_BITS} bits) from
 * {@link SecureRandom}, written as URL-safe Base64 without padding ({@value #TOKEN_LENGTH} characters, fit for a
 * QR code link and an SMS). Stored only as {@link #digest(String) the hex SHA-256} of the token's characters: a
 * hash of 144 random bits cannot be reversed or guessed, so no slow password hash is needed.
 */
public final class CredentialTokens {

	public static final int TOKEN_BYTES = 18;

	public static final int TOKEN_BITS = TOKEN_BYTES * 8;

	public static final int TOKEN_LENGTH = 24;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random;

	public CredentialTokens(SecureRandom random) {
		this.random = random;
	}

	/** A fresh token. */
	public String newToken() {
		byte[] bytes = new byte[TOKEN_BYTES];
		random.nextBytes(bytes);
		return ENCODER.encodeToString(bytes);
	}

	/** Whether the text has a token's shape; anything else is refused before any lookup. */
	public static boolean wellFormed(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** What is stored for a token: lower-case hex SHA-256 of its UTF-8 characters. */
	public static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
