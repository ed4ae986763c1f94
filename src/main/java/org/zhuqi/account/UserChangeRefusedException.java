package org.zhuqi.account;

/** The service centre asked for a change to an account that a rule forbids, e.g. disabling itself. */
class UserChangeRefusedException extends RuntimeException {

	private final String code;

	UserChangeRefusedException(String code) {
		super(code);
		this.code = code;
	}

	/** The message code saying why. */
	String code() {
		return code;
	}

}
