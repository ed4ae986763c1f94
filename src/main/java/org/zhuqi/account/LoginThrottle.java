package org.zhuqi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.zhuqi.system.FailureThrottle;

/**
 * Locks a login name for a while after repeated wrong passwords, against password guessing through either
 * the login form or HTTP Basic: a {@link FailureThrottle} keyed by the login name compared without case. The
 * lock lasts {@code lockDuration} after the last failure; a successful sign-in (or an administrator's password
 * reset) clears the count.
 */
class LoginThrottle {

	static final int DEFAULT_MAX_TRACKED = 50_000;

	private final FailureThrottle failures;

	LoginThrottle(int maxFailures, Duration lockDuration, Clock clock) {
		this(maxFailures, lockDuration, clock, DEFAULT_MAX_TRACKED);
	}

	LoginThrottle(int maxFailures, Duration lockDuration, Clock clock, int maxTracked) {
		this.failures = new FailureThrottle(maxFailures, lockDuration, clock, maxTracked);
	}

	boolean isLocked(String username) {
		return failures.isLocked(key(username));
	}

	void recordFailure(String username) {
		failures.recordFailure(key(username));
	}

	void recordSuccess(String username) {
		failures.recordSuccess(key(username));
	}

	/** How many names are currently remembered. */
	int tracked() {
		return failures.tracked();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
