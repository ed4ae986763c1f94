package org.zhuqi.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a password acceptable: 8 to 64 characters (at most 72 bytes, the most BCrypt reads), at least
 * one letter and one digit, not the username; a user's own change must also differ from the current
 * password and be typed twice alike. Rejections are message codes; every password message may use
 * {@code {0}} (the minimum length) and {@code {1}} (the maximum length), see {@link #MESSAGE_ARGUMENTS}.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	/** BCrypt ignores (Spring Security refuses) anything beyond 72 bytes. */
	private static final int MAX_BYTES = 72;

	static final Object[] MESSAGE_ARGUMENTS = { MIN_LENGTH, MAX_LENGTH };

	private PasswordPolicy() {
	}

	/** A broken rule: the form field it belongs to and its message code. */
	record Rejection(String field, String code) {
	}

	/**
	 * The first rule a new password breaks, whoever sets it, or empty when it is acceptable.
	 * @param candidate the new password
	 * @param username the account's login name, which the password must not repeat
	 */
	static Optional<String> check(String candidate, String username) {
		if (candidate == null || candidate.isEmpty()) {
			return Optional.of("password.blank");
		}
		if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (candidate.codePointCount(0, candidate.length()) > MAX_LENGTH
				|| candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (candidate.codePoints().noneMatch(Character::isLetter)
				|| candidate.codePoints().noneMatch(Character::isDigit)) {
			return Optional.of("password.lettersAndDigits");
		}
		if (username != null && candidate.strip().toLowerCase(Locale.ROOT)
			.equals(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.sameAsUsername");
		}
		return Optional.empty();
	}

	/**
	 * Everything wrong with a change a signed-in user asks for (whether the current password is right is
	 * for the caller to check against the stored hash): the new password's rules, that it differs from the
	 * current one, and that the confirmation repeats it.
	 */
	static List<Rejection> checkChange(String username, String current, String candidate, String confirmation) {
		List<Rejection> rejections = new ArrayList<>();
		check(candidate, username).ifPresentOrElse(code -> rejections.add(new Rejection("newPassword", code)), () -> {
			if (candidate.equals(current)) {
				rejections.add(new Rejection("newPassword", "password.sameAsCurrent"));
			}
		});
		if (candidate != null && !candidate.isEmpty() && !candidate.equals(confirmation)) {
			rejections.add(new Rejection("confirmation", "password.confirmationMismatch"));
		}
		return rejections;
	}

}
