package org.zhuqi.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The application's clock: the system clock in the district's zone, unless a {@link ClockReplay} is set on the thread. */
final class ReplayableClock extends Clock {

	private final Clock system;

	private final ClockReplay replay;

	ReplayableClock(Clock system, ClockReplay replay) {
		this.system = system;
		this.replay = replay;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new ReplayableClock(system.withZone(zone), replay);
	}

	@Override
	public Instant instant() {
		return replay.now().orElseGet(() -> system.instant().plus(replay.ahead()));
	}

	@Override
	public long millis() {
		return instant().toEpochMilli();
	}

}
