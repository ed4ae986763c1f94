package org.zhuqi.notification;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Record ids and login names no other test of the run uses, for audiences that need no directory record (the
 * inbox matches ids, it does not look them up); far above the ids the directory hands out.
 */
final class TestAudiences {

	private static final AtomicLong SEQUENCE = new AtomicLong(900_000_000L + System.nanoTime() % 10_000_000L * 10);

	private TestAudiences() {
	}

	static long id() {
		return SEQUENCE.incrementAndGet();
	}

	static String username(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet();
	}

	/** A text to find a notice by: {@code 【助企】<token>} once rendered with {@link #TOKEN_KEY}. */
	static String token() {
		return "通知" + SEQUENCE.incrementAndGet();
	}

	/** A message key of the notification bundle with one argument, standing in for a calling module's key. */
	static final String TOKEN_KEY = "notification.mail.subject";

}
