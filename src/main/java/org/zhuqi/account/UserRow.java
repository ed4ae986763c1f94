package org.zhuqi.account;

import java.time.Instant;

import org.zhuqi.shared.Role;

/**
 * An account as the service centre's list and detail page show it: never the password hash, but the name of
 * the record it is bound to, its e-mail address for notifications (or {@code null}) and whether it is enabled
 * or currently locked by the {@link LoginThrottle}.
 */
record UserRow(long id, String username, String displayName, Role role, BindingName binding, String email,
		boolean enabled, boolean locked, Instant createdAt, Instant passwordChangedAt) {
}
