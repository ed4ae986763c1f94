package org.zhuqi.account;

import java.util.Optional;

import org.zhuqi.shared.Role;

/**
 * When the service centre may not disable an account: nobody disables their own account, and the last
 * enabled administrator stays, so that somebody can always manage accounts.
 */
final class AccountDisabling {

	private AccountDisabling() {
	}

	/**
	 * Why disabling {@code target} is refused, as a message code, or empty when it is allowed.
	 * @param actor the login name of the administrator asking
	 * @param enabledAdmins how many administrator accounts are enabled now
	 */
	static Optional<String> refusal(UserAccount target, String actor, long enabledAdmins) {
		if (target.getUsername().equalsIgnoreCase(actor)) {
			return Optional.of("user.disable.self");
		}
		if (target.getRole() == Role.ADMIN && target.isEnabled() && enabledAdmins <= 1) {
			return Optional.of("user.disable.lastAdmin");
		}
		return Optional.empty();
	}

}
