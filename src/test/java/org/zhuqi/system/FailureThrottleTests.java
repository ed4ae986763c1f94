package org.zhuqi.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-06-30T01:00:00Z"));

	@Test
	void locksAnAddressAfterRepeatedFailuresUntilTheLockExpires() {
		FailureThrottle attempts = new FailureThrottle(3, Duration.ofMinutes(15), clock, 100);
		attempts.recordFailure("10.0.0.1");
		attempts.recordFailure("10.0.0.1");
		assertThat(attempts.isLocked("10.0.0.1")).isFalse();
		attempts.recordFailure("10.0.0.1");
		assertThat(attempts.isLocked("10.0.0.1")).isTrue();
		assertThat(attempts.isLocked("10.0.0.2")).isFalse();
		clock.advance(Duration.ofMinutes(16));
		assertThat(attempts.isLocked("10.0.0.1")).isFalse();
	}

	@Test
	void aCorrectCredentialClearsTheCount() {
		FailureThrottle attempts = new FailureThrottle(2, Duration.ofMinutes(15), clock, 100);
		attempts.recordFailure("10.0.0.1");
		attempts.recordSuccess("10.0.0.1");
		attempts.recordFailure("10.0.0.1");
		assertThat(attempts.isLocked("10.0.0.1")).isFalse();
		assertThat(attempts.lockMinutes()).isEqualTo(15);
	}

	@Test
	void remembersABoundedNumberOfAddresses() {
		FailureThrottle attempts = new FailureThrottle(1, Duration.ofMinutes(15), clock, 8);
		for (int i = 0; i < 100; i++) {
			attempts.recordFailure("10.0.1." + i);
		}
		assertThat(attempts.isLocked("10.0.1.99")).isTrue();
		assertThat(attempts.isLocked("10.0.1.0")).isFalse();
	}

	/** A clock the test moves. */
	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
