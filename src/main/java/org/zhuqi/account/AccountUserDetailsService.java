package org.zhuqi.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for Spring Security (names without regard to case; a disabled account or a throttled name
 * is refused before its password is checked) and feeds the {@link LoginThrottle} from authentication events
 * of both the login form and HTTP Basic.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final LoginThrottle throttle;

	AccountUserDetailsService(UserAccounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsernameIgnoreCase(username.strip())
			.map(account -> new SignedInUser(account.viewer(), account.getDisplayName(), account.getPasswordHash(),
					account.isEnabled(), throttle.isLocked(username)))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		throttle.recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		throttle.recordSuccess(event.getAuthentication().getName());
	}

}
