package org.zhuqi.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

	@Test
	void locksANameAfterFiveFailures() {
		failTimes("zhang.san", 4);
		assertThat(throttle.isLocked("zhang.san")).isFalse();

		throttle.recordFailure("zhang.san");

		assertThat(throttle.isLocked("zhang.san")).isTrue();
	}

	@Test
	void locksOnlyTheNameThatFailed() {
		failTimes("zhang.san", 5);

		assertThat(throttle.isLocked("li.si")).isFalse();
	}

	@Test
	void unlocksFifteenMinutesAfterTheLastFailure() {
		failTimes("zhang.san", 5);

		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.isLocked("zhang.san")).isTrue();

		clock.advance(Duration.ofSeconds(1));
		assertThat(throttle.isLocked("zhang.san")).isFalse();
	}

	@Test
	void startsCountingAfreshOnceALockHasExpired() {
		failTimes("zhang.san", 5);
		clock.advance(Duration.ofMinutes(16));

		throttle.recordFailure("zhang.san");

		assertThat(throttle.isLocked("zhang.san")).isFalse();
	}

	@Test
	void successfulSignInResetsTheCount() {
		failTimes("zhang.san", 4);

		throttle.recordSuccess("zhang.san");
		failTimes("zhang.san", 4);

		assertThat(throttle.isLocked("zhang.san")).isFalse();
	}

	@Test
	void successLiftsALock() {
		failTimes("zhang.san", 5);

		throttle.recordSuccess("zhang.san");

		assertThat(throttle.isLocked("zhang.san")).isFalse();
	}

	@Test
	void comparesNamesWithoutCaseOrSurroundingSpace() {
		failTimes("Zhang.San", 3);
		failTimes(" zhang.san ", 2);

		assertThat(throttle.isLocked("ZHANG.SAN")).isTrue();
	}

	@Test
	void remembersABoundedNumberOfNames() {
		LoginThrottle small = new LoginThrottle(5, Duration.ofMinutes(15), clock, 100);

		for (int i = 0; i < 10_000; i++) {
			small.recordFailure("guess-" + i);
		}

		assertThat(small.tracked()).isLessThanOrEqualTo(100);
	}

	@Test
	void dropsExpiredCountsBeforeFreshOnesWhenFull() {
		LoginThrottle small = new LoginThrottle(5, Duration.ofMinutes(15), clock, 100);
		for (int i = 0; i < 99; i++) {
			small.recordFailure("old-" + i);
		}
		clock.advance(Duration.ofMinutes(10));
		for (int i = 0; i < 5; i++) {
			small.recordFailure("attacked");
		}
		clock.advance(Duration.ofMinutes(6));

		for (int i = 0; i < 50; i++) {
			small.recordFailure("new-" + i);
		}

		assertThat(small.isLocked("attacked")).isTrue();
		assertThat(small.tracked()).isLessThanOrEqualTo(100);
	}

	private void failTimes(String username, int times) {
		for (int i = 0; i < times; i++) {
			throttle.recordFailure(username);
		}
	}

}
