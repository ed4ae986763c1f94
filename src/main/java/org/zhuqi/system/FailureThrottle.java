package org.zhuqi.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a key (a login name, a client address) for {@code lockDuration} after its last failure once it has
 * failed {@code maxFailures} times, against guessing of passwords and credentials; a success clears the count.
 * Kept in memory: a restart forgets the counts, which is acceptable for a lock of minutes. At most
 * {@code maxTracked} keys are remembered; beyond that, expired counts are dropped first and then the oldest
 * quarter, so guessing over many invented keys cannot exhaust memory. Callers normalise their keys.
 */
public final class FailureThrottle {

	private final int maxFailures;

	private final Duration lockDuration;

	private final Clock clock;

	private final int maxTracked;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	public FailureThrottle(int maxFailures, Duration lockDuration, Clock clock, int maxTracked) {
		if (maxFailures < 1 || maxTracked < 1 || lockDuration.isNegative()) {
			throw new IllegalArgumentException("a throttle needs positive limits");
		}
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.clock = clock;
		this.maxTracked = maxTracked;
	}

	private record Failures(int count, Instant lastAt) {
	}

	public boolean isLocked(String key) {
		Failures current = failures.get(key);
		return current != null && current.count() >= maxFailures && !expired(current);
	}

	public void recordFailure(String key) {
		if (failures.size() >= maxTracked) {
			makeRoom();
		}
		Instant now = clock.instant();
		failures.compute(key, (name, current) -> current == null || expired(current) ? new Failures(1, now)
				: new Failures(current.count() + 1, now));
	}

	public void recordSuccess(String key) {
		failures.remove(key);
	}

	/** How many keys are currently remembered. */
	public int tracked() {
		return failures.size();
	}

	/** Minutes a locked client waits, rounded up, for the message. */
	public long lockMinutes() {
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
