package org.zhuqi.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed send again: after {@code first}, then twice as long after each further failure, never
 * longer than {@code max}; after {@code maxAttempts} attempts in all, not at all. With the defaults (1 min,
 * 1 h, 6 attempts) the retries come 1, 2, 4, 8 and 16 minutes apart.
 */
record Backoff(Duration first, Duration max, int maxAttempts) {

	Backoff {
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(max, "max");
		if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
			throw new IllegalArgumentException("backoff needs 0 < first <= max and at least one attempt");
		}
	}

	/** The wait after the given number of failed attempts (1 for the first failure). */
	Duration delayAfter(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("no attempt has failed yet");
		}
		Duration delay = first;
		for (int attempt = 1; attempt < failedAttempts && delay.compareTo(max) < 0; attempt++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(max) > 0 ? max : delay;
	}

	/** When to try again after this many attempts failed, the last one at {@code now}; empty once they are used up. */
	Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
		return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempts)));
	}

}
