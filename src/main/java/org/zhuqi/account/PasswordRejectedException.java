package org.zhuqi.account;

import java.util.List;

/** A password change was refused for one or more reasons, each tied to a form field. */
class PasswordRejectedException extends RuntimeException {

	private final transient List<PasswordPolicy.Rejection> rejections;

	PasswordRejectedException(List<PasswordPolicy.Rejection> rejections) {
		super("password change refused: " + rejections);
		this.rejections = List.copyOf(rejections);
	}

	List<PasswordPolicy.Rejection> rejections() {
		return rejections;
	}

}
