package org.zhuqi.account;

/**
 * The service centre's password reset: a password typed by the administrator, or blank for a generated
 * temporary one that is shown once.
 */
class PasswordResetForm {

	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	boolean generate() {
		return password == null || password.isEmpty();
	}

}
