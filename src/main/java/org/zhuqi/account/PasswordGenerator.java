package org.zhuqi.account;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Makes temporary passwords for new accounts and resets: 12 characters of letters and digits without the
 * easily confused {@code 0 O 1 l I}, always passing the {@link PasswordPolicy}.
 */
@Component
class PasswordGenerator {

	static final int LENGTH = 12;

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String ALPHABET = LETTERS + DIGITS;

	private final SecureRandom random = new SecureRandom();

	/** A new temporary password for the account with this login name. */
	String temporaryFor(String username) {
		while (true) {
			StringBuilder password = new StringBuilder(LENGTH);
			password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
			password.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
			while (password.length() < LENGTH) {
				password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			shuffle(password);
			String candidate = password.toString();
			if (PasswordPolicy.check(candidate, username).isEmpty()) {
				return candidate;
			}
		}
	}

	private void shuffle(StringBuilder chars) {
		for (int i = chars.length() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char swap = chars.charAt(i);
			chars.setCharAt(i, chars.charAt(j));
			chars.setCharAt(j, swap);
		}
	}

}
