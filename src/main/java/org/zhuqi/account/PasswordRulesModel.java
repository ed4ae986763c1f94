package org.zhuqi.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the {@link PasswordPolicy} lengths into the model of every page with a password field, for the hint
 * beside it.
 */
@ControllerAdvice(assignableTypes = { PasswordController.class, NewUserController.class, UserAdminController.class })
class PasswordRulesModel {

	/** The password lengths a hint names. */
	record PasswordRules(int minLength, int maxLength) {
	}

	@ModelAttribute("passwordRules")
	PasswordRules passwordRules() {
		return new PasswordRules(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
	}

}
