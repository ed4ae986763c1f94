package org.zhuqi.account;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.Directory;
import org.zhuqi.system.DemoMode;

/**
 * Once the application is ready in demo mode, prints where it runs and the {@link DemoAccounts demo logins}
 * that still have their demo password, so a newcomer can sign in straight away.
 */
@Component
class DemoLogins {

	private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final DemoMode demo;

	private final UserAccounts accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final MessageSource messages;

	private final String contextPath;

	DemoLogins(DemoMode demo, UserAccounts accounts, Directory directory, PasswordEncoder encoder,
			MessageSource messages, @Value("${server.servlet.context-path:}") String contextPath) {
		this.demo = demo;
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.messages = messages;
		this.contextPath = contextPath;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (demo.enabled()) {
			log.info(describe(address(event.getApplicationContext())));
		}
	}

	/** The block for the log: the address (if there is a web server) and one line per usable demo login. */
	String describe(String address) {
		StringBuilder text = new StringBuilder("\n\n    Zhuqi 助企 is ")
			.append(address == null ? "ready (no web server)" : "running at " + address)
			.append("\n    Demo logins (demo mode only):\n");
		for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
			accounts.findByUsername(login.username())
				.filter(account -> account.isEnabled() && encoder.matches(login.password(), account.getPasswordHash()))
				.ifPresent(account -> text.append(String.format("      %-5s / %-12s %-6s %s%n", login.username(),
						login.password(), role(account), boundTo(account))));
		}
		return text.toString();
	}

	private String address(ApplicationContext context) {
		if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			WebServer server = web.getWebServer();
			return "http://localhost:" + server.getPort() + contextPath;
		}
		return null;
	}

	private String role(UserAccount account) {
		return messages.getMessage("role." + account.getRole().name(), null, account.getRole().name(), CHINESE);
	}

	/** The record the login is bound to: the cadre's unit is added, as the cadre's name alone says little. */
	private String boundTo(UserAccount account) {
		Long cadreId = account.binding().cadreId();
		if (cadreId != null) {
			return directory.cadre(cadreId)
				.map(cadre -> cadre.name() + " · " + cadre.departmentName())
				.orElse(account.getDisplayName());
		}
		return account.getDisplayName();
	}

}
