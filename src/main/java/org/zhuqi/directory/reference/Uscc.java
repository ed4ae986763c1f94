package org.zhuqi.directory.reference;

import java.util.Locale;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V), the last being a check character computed from the
 * first 17 with weights 3^i mod 31.
 */
public final class Uscc {

	/** The code alphabet; a character's value is its index. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	public static final int LENGTH = 18;

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private Uscc() {
	}

	/** The outcome of checking a code. */
	public sealed interface Verdict {

		/** The code is well formed and its check character is right. */
		record Valid(String code) implements Verdict {
		}

		/** The code is not 18 characters long. */
		record WrongLength(int length) implements Verdict {
		}

		/** A character outside the alphabet, at a 1-based position. */
		record IllegalCharacter(int position, char character) implements Verdict {
		}

		/** The 18th character is not the one the first 17 call for. */
		record WrongCheckCharacter(char expected, char actual) implements Verdict {
		}

	}

	/** Trims and upper-cases, so that {@code 91330106mа...} typed in lower case is accepted. */
	public static String normalize(String raw) {
		return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
	}

	public static Verdict check(String raw) {
		String code = normalize(raw);
		if (code.length() != LENGTH) {
			return new Verdict.WrongLength(code.length());
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return new Verdict.IllegalCharacter(i + 1, code.charAt(i));
			}
		}
		char expected = checkCharacter(code.substring(0, LENGTH - 1));
		char actual = code.charAt(LENGTH - 1);
		return expected == actual ? new Verdict.Valid(code) : new Verdict.WrongCheckCharacter(expected, actual);
	}

	public static boolean isValid(String raw) {
		return check(raw) instanceof Verdict.Valid;
	}

	/** The check character for the first 17 characters of a code, which must be in the alphabet. */
	public static char checkCharacter(CharSequence first17) {
		if (first17.length() != LENGTH - 1) {
			throw new IllegalArgumentException("need 17 characters, got " + first17.length());
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("illegal character " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return ALPHABET.charAt(check);
	}

}
