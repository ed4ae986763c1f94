package org.zhuqi.demand.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the demo replay sets to the time of each step it plays; used by one thread only. */
final class ReplayClock extends Clock {

	private final ZoneId zone;

	private Instant now = Instant.EPOCH;

	ReplayClock(ZoneId zone) {
		this.zone = zone;
	}

	void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId otherZone) {
		ReplayClock copy = new ReplayClock(otherZone);
		copy.set(now);
		return copy;
	}

	@Override
	public Instant instant() {
		return now;
	}

}
