package org.zhuqi.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.system.DemoMode;

/**
 * On a database without accounts, opens the {@code admin} account so somebody can sign in: with
 * {@code ZHUQI_ADMIN_PASSWORD} if set, with {@code zhuqi-admin} in demo mode, otherwise with a random
 * password printed once in the log.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final String DEMO_PASSWORD = "zhuqi-admin";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final DemoMode demo;

	private final Clock clock;

	private final String configuredPassword;

	FirstAdmin(UserAccounts accounts, PasswordEncoder encoder, DemoMode demo, Clock clock,
			@Value("${zhuqi.admin-password:}") String configuredPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.demo = demo;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String password = !configuredPassword.isBlank() ? configuredPassword
				: demo.enabled() ? DEMO_PASSWORD : randomPassword();
		accounts.save(UserAccount.open(USERNAME, "企业服务中心管理员", encoder.encode(password), Binding.admin(),
				clock.instant()));
		if (configuredPassword.isBlank() && !demo.enabled()) {
			log.warn("Opened the first account: admin / {}  (change it after signing in)", password);
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[9];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
