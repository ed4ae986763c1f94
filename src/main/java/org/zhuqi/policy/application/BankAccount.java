package org.zhuqi.policy.application;

import java.util.regex.Pattern;

import org.zhuqi.shared.RejectedFieldException;

/**
 * A bank account number to pay a grant to: 12 to 30 digits (spaces between groups are allowed when typed and
 * dropped). Stored in full; shown masked ({@code 6222 **** **** 1234}) to everybody but the reviewing
 * department and the centre.
 *
 * @param number the digits only
 */
public record BankAccount(String number) {

	/** The form field a refused account number is reported on. */
	static final String FIELD = "bankAccount";

	private static final Pattern DIGITS = Pattern.compile("[0-9]{12,30}");

	public BankAccount {
		if (number == null || !DIGITS.matcher(number).matches()) {
			throw new IllegalArgumentException("a bank account is 12 to 30 digits");
		}
	}

	/**
	 * The account typed by a person: spaces are dropped, then it must be 12 to 30 digits.
	 * @throws RejectedFieldException {@code policy.application.bankAccount.invalid} on field {@value #FIELD}
	 */
	public static BankAccount parse(String typed) {
		String digits = typed == null ? "" : typed.replaceAll("\\s+", "");
		if (!DIGITS.matcher(digits).matches()) {
			throw new RejectedFieldException(FIELD, "policy.application.bankAccount.invalid");
		}
		return new BankAccount(digits);
	}

	/** Whether the typed text is a valid account number. */
	public static boolean valid(String typed) {
		return typed != null && DIGITS.matcher(typed.replaceAll("\\s+", "")).matches();
	}

	/** The first four and last four digits with the rest hidden: {@code 6222 **** **** 1234}. */
	public String masked() {
		return mask(number);
	}

	/** The full number in groups of four, for the reviewer: {@code 6222 0212 3456 7890 123}. */
	public String grouped() {
		StringBuilder grouped = new StringBuilder(number.length() + number.length() / 4);
		for (int i = 0; i < number.length(); i++) {
			if (i > 0 && i % 4 == 0) {
				grouped.append(' ');
			}
			grouped.append(number.charAt(i));
		}
		return grouped.toString();
	}

	/** {@link #masked()} of a stored number, or {@code null} for none. */
	static String mask(String number) {
		if (number == null || number.isEmpty()) {
			return null;
		}
		if (number.length() < 8) {
			return "****";
		}
		return number.substring(0, 4) + " **** **** " + number.substring(number.length() - 4);
	}

	@Override
	public String toString() {
		return masked();
	}

}
