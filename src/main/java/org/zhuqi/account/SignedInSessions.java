package org.zhuqi.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the page sessions of one account, so that disabling it or resetting its password takes effect at
 * once rather than when the session times out. API calls are stateless and are checked on every request.
 */
@Component
class SignedInSessions {

	private final SessionRegistry registry;

	SignedInSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	/** Marks every session of the user as expired; its next request is sent to the login page. */
	void end(String username) {
		registry.getAllPrincipals()
			.stream()
			.filter(principal -> principal instanceof SignedInUser user && user.getUsername().equalsIgnoreCase(username))
			.flatMap(principal -> registry.getAllSessions(principal, false).stream())
			.forEach(SessionInformation::expireNow);
	}

}
