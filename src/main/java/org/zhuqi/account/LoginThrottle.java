package org.zhuqi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a login name for a while after repeated wrong passwords, against password guessing through either
 * the login form or HTTP Basic. Counts are kept in memory: a restart forgets them, which is acceptable for
 * a lock of minutes.
 */
class LoginThrottle {

	private static final int MAX_TRACKED = 50_000;

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(int maxFailures, Duration lockDuration, Clock clock) {
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = clock;
	}

	private record Failures(int count, Instant lastAt) {
	}

	boolean isLocked(String username) {
		Failures current = failures.get(key(username));
		return current != null && current.count() >= maxFailures && !expired(current);
	}

	void recordFailure(String username) {
		if (failures.size() > MAX_TRACKED) {
			failures.values().removeIf(this::expired);
		}
		Instant now = clock.instant();
		failures.compute(key(username), (name, current) -> current == null || expired(current)
				? new Failures(1, now) : new Failures(current.count() + 1, now));
	}

	void recordSuccess(String username) {
		failures.remove(key(username));
	}

	private boolean expired(Failures current) {
		return current.lastAt().plus(lockDuration).isBefore(clock.instant());
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}

}
