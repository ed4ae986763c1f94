package org.zhuqi.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves forward by hand. */
final class MutableClock extends Clock {

	private Instant now;

	private final ZoneId zone;

	MutableClock(Instant start, ZoneId zone) {
		this.now = start;
		this.zone = zone;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId newZone) {
		return new MutableClock(now, newZone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
