package org.zhuqi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class ReplayableClockTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Instant PAST = Instant.parse("2026-07-10T01:30:00Z");

	private final ClockReplay replay = new ClockReplay();

	private final Clock clock = new ReplayableClock(Clock.system(SHANGHAI), replay);

	@Test
	void readsReplayedInstantOnlyOnTheReplayingThread() throws InterruptedException {
		replay.set(PAST);
		AtomicReference<Instant> elsewhere = new AtomicReference<>();
		Thread other = new Thread(() -> elsewhere.set(clock.instant()));
		other.start();
		other.join();
		try {
			assertThat(clock.instant()).isEqualTo(PAST);
			assertThat(clock.millis()).isEqualTo(PAST.toEpochMilli());
			assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(PAST);
			assertThat(elsewhere.get()).isAfter(PAST);
		}
		finally {
			replay.end();
		}
	}

	@Test
	void readsRealTimeAfterReplayEnds() {
		replay.set(PAST);
		replay.end();
		assertThat(clock.instant()).isAfter(PAST);
		assertThat(clock.getZone()).isEqualTo(SHANGHAI);
	}

	@Test
	void travelMovesEveryThreadAheadUntilItComesBack() throws InterruptedException {
		Instant before = Instant.now();
		replay.travel(Duration.ofDays(10));
		AtomicReference<Instant> elsewhere = new AtomicReference<>();
		try {
			Thread other = new Thread(() -> elsewhere.set(clock.instant()));
			other.start();
			other.join();
			assertThat(clock.instant()).isAfterOrEqualTo(before.plus(Duration.ofDays(10)));
			assertThat(elsewhere.get()).isAfterOrEqualTo(before.plus(Duration.ofDays(10)));
			replay.set(PAST);
			assertThat(clock.instant()).as("a replay of this thread wins").isEqualTo(PAST);
			replay.end();
		}
		finally {
			replay.back();
		}
		assertThat(clock.instant()).isBefore(before.plus(Duration.ofDays(1)));
	}

}
