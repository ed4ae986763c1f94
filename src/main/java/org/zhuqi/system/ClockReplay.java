package org.zhuqi.system;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Lets a demo seeder play past events through the real services: while a replay is set on a thread, the
 * application's {@link java.time.Clock} reads the replayed instant on that thread only; every other thread
 * keeps the real time. Only demo seeders use it, on threads of their own, and always end it
 * ({@link #end()} in a {@code finally}).
 */
@Component
public class ClockReplay {

	private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

	/** From now on, the clock on this thread reads {@code at}. */
	public void set(Instant at) {
		replayed.set(at);
	}

	/** The clock on this thread reads the real time again. */
	public void end() {
		replayed.remove();
	}

	Optional<Instant> now() {
		return Optional.ofNullable(replayed.get());
	}

}
