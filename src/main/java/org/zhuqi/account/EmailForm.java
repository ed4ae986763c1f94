package org.zhuqi.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The e-mail address the service centre sets on an account, where notifications are sent; blank removes it.
 */
class EmailForm {

	static final int MAX = 254;

	@Email(message = "{user.email.invalid}")
	@Size(max = MAX)
	private String email;

	/** The address as stored: trimmed, or {@code null} when blank. */
	static String normalised(String email) {
		return email == null || email.isBlank() ? null : email.strip();
	}

	public String getEmail() {
		return email;
	}

	/** Takes the address without the blanks a paste brings along, so that they do not fail validation. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

}
