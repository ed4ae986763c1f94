package org.zhuqi.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Moves the application's {@link java.time.Clock} for demos and tests. A demo seeder plays past events through
 * the real services: while a replay is set on a thread, the clock reads the replayed instant on that thread
 * only; every other thread keeps the real time. Only demo seeders use it, on threads of their own, and always
 * end it ({@link #end()} in a {@code finally}). A test that needs time to pass for the whole application (a
 * public notice period ending while a browser drives the pages) moves every thread's clock ahead with
 * {@link #travel(Duration)} and back with {@link #back()} in a {@code finally}; production code never calls
 * them.
 */
@Component
public class ClockReplay {

	private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

	private volatile Duration ahead = Duration.ZERO;

	/** From now on, the clock on this thread reads {@code at}. */
	public void set(Instant at) {
		replayed.set(at);
	}

	/** The clock on this thread reads the real time again. */
	public void end() {
		replayed.remove();
	}

	/** From now on, every thread's clock (without a replay of its own) reads the real time plus {@code by}. */
	public void travel(Duration by) {
		ahead = by;
	}

	/** Every thread's clock reads the real time again. */
	public void back() {
		ahead = Duration.ZERO;
	}

	/** How far ahead of the real time the clocks are. */
	Duration ahead() {
		return ahead;
	}

	Optional<Instant> now() {
		return Optional.ofNullable(replayed.get());
	}

}
