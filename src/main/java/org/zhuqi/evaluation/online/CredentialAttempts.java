package org.zhuqi.evaluation.online;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of credentials on the online rating sign-in and API: after {@code maxFailures} wrong or
 * revoked credentials from one client address, that address is refused for {@code lockDuration} after its last
 * failure. (The account module's login throttle counts per login name, which a credential does not have.) A
 * correct credential clears the count. Kept in memory, at most {@code maxTracked} addresses, expired ones
 * dropped first. Guessing a 144-bit token is hopeless anyway; this keeps mistyped-token floods and scans cheap.
 */
class CredentialAttempts {

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	private final int maxTracked;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	CredentialAttempts(int maxFailures, Duration lockDuration, Clock clock, int maxTracked) {
		if (maxFailures < 1 || maxTracked < 1 || lockDuration.isNegative()) {
			throw new IllegalArgumentException("credential attempts need positive limits");
		}
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = clock;
		this.maxTracked = maxTracked;
	}

	private record Failures(int count, Instant lastAt) {
	}

	boolean isLocked(String client) {
		Failures current = failures.get(client);
		return current != null && current.count() >= maxFailures && !expired(current);
	}

	void recordFailure(String client) {
		if (failures.size() >= maxTracked) {
			makeRoom();
		}
		Instant now = clock.instant();
		failures.compute(client, (key, current) -> current == null || expired(current) ? new Failures(1, now)
				: new Failures(current.count() + 1, now));
	}

	void recordSuccess(String client) {
		failures.remove(client);
	}

	/** Minutes a locked client waits, rounded up, for the message. */
	long lockMinutes() {
		return Math.max(1, (lockDuration.toSeconds() + 59) / 60);
	}

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

}
