package org.zhuqi.account;

import org.zhuqi.shared.Role;

/**
 * The search over accounts: {@code q} matches part of the login or display name, ignoring case; {@code role}
 * and {@code enabled} are exact. Blank values do not filter.
 */
record UserFilter(String q, Role role, Boolean enabled) {

	static UserFilter none() {
		return new UserFilter(null, null, null);
	}

	boolean hasText() {
		return q != null && !q.isBlank();
	}

}
