package org.zhuqi.notification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackoffTests {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 6);

	@Test
	void doublesTheWaitAfterEachFailure() {
		assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(16));
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		Backoff patient = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 100);
		assertThat(patient.delayAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(patient.delayAfter(60)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void schedulesTheNextAttemptFromTheFailedOne() {
		assertThat(backoff.nextAttempt(1, NOW)).contains(NOW.plus(Duration.ofMinutes(1)));
		assertThat(backoff.nextAttempt(5, NOW)).contains(NOW.plus(Duration.ofMinutes(16)));
	}

	@Test
	void givesUpOnceTheAttemptsAreUsedUp() {
		assertThat(backoff.nextAttempt(6, NOW)).isEmpty();
		assertThat(backoff.nextAttempt(7, NOW)).isEmpty();
		assertThat(new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 1).nextAttempt(1, NOW)).isEmpty();
	}

	@Test
	void refusesSettingsThatMakeNoSchedule() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofHours(1), 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofHours(2), Duration.ofHours(1), 3));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0));
		assertThatIllegalArgumentException().isThrownBy(() -> backoff.delayAfter(0));
	}

}
