package org.zhuqi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a login name for a while after repeated wrong passwords, against password guessing through either
 * the login form or HTTP Basic. Names are compared without case. The lock lasts {@code lockDuration} after
 * the last failure; a successful sign-in (or an administrator's password reset) clears the count.
 * <p>
 * Counts are kept in memory: a restart forgets them, which is acceptable for a lock of minutes. At most
 * {@code maxTracked} names are remembered; beyond that, expired counts are dropped first and then the oldest,
 * so guessing over many invented names cannot exhaust memory.
 */
class LoginThrottle {

	static final int DEFAULT_MAX_TRACKED = 50_000;

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	private final int maxTracked;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	LoginThrottle(int maxFailures, Duration lockDuration, Clock clock) {
		this(maxFailures, lockDuration, clock, DEFAULT_MAX_TRACKED);
	}

	LoginThrottle(int maxFailures, Duration lockDuration, Clock clock, int maxTracked) {
		if (maxFailures < 1 || maxTracked < 1 || lockDuration.isNegative()) {
			throw new IllegalArgumentException("throttle needs positive limits");
		}
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = clock;
		this.maxTracked = maxTracked;
	}

	private record Failures(int count, Instant lastAt) {
	}

	boolean isLocked(String username) {
		Failures current = failures.get(key(username));
		return current != null && current.count() >= maxFailures && !expired(current);
	}

	void recordFailure(String username) {
		if (failures.size() >= maxTracked) {
			makeRoom();
		}
		Instant now = clock.instant();
		failures.compute(key(username), (name, current) -> current == null || expired(current)
				? new Failures(1, now) : new Failures(current.count() + 1, now));
	}

	void recordSuccess(String username) {
		failures.remove(key(username));
	}

	/** How many names are currently remembered. */
	int tracked() {
		return failures.size();
	}

	/** Drops expired counts; if that is not enough, the oldest quarter, so the purge runs rarely. */
	private void makeRoom() {
		failures.values().removeIf(this::expired);
		if (failures.size() < maxTracked) {
			return;
		}
		int keep = maxTracked - Math.max(1, maxTracked / 4);
		failures.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue(Comparator.comparing(Failures::lastAt)))
			.limit(Math.max(0, failures.size() - keep))
			.map(Map.Entry::getKey)
			.toList()
			.forEach(failures::remove);
	}

	private boolean expired(Failures current) {
		return current.lastAt().plus(lockDuration).isBefore(clock.instant());
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
