package org.zhuqi.account;

import jakarta.validation.constraints.NotBlank;

/**
 * What a signed-in user types to change their own password. Bean Validation checks that nothing is left
 * blank; {@link PasswordPolicy} and the stored hash decide the rest.
 */
class PasswordForm {

	@NotBlank
	private String currentPassword;

	@NotBlank
	private String newPassword;

	@NotBlank
	private String confirmation;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
