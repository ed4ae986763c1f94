package org.zhuqi.notification;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.account.Accounts;
import org.zhuqi.system.DemoMode;

/**
 * In demo mode, greets each demo login (opened by the account module just before) with a personal notice in its
 * inbox, once: a login that already has the greeting, or that does not exist, is left alone.
 */
@Component
@Order(30)
class WelcomeNotices implements ApplicationRunner {

	/** The demo logins: the service centre, a department handler, a liaison cadre and an enterprise. */
	static final List<String> DEMO_LOGINS = List.of("admin", "dept", "cadre", "ent");

	static final String MESSAGE_KEY = "inbox.welcome";

	private final Notifications notifications;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final DemoMode demo;

	WelcomeNotices(Notifications notifications, Accounts accounts, JdbcClient jdbc, DemoMode demo) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		for (String username : DEMO_LOGINS) {
			if (accounts.viewerOf(username).isPresent() && !greeted(username)) {
				notifications.send(Audience.user(username), Notice.of(Notice.INFO, MESSAGE_KEY, "/inbox"));
			}
		}
	}

	private boolean greeted(String username) {
		return jdbc.sql("select count(*) from notice where message_key = :key and audience_user = :username")
			.param("key", MESSAGE_KEY)
			.param("username", username)
			.query(Long.class)
			.single() > 0;
	}

}
