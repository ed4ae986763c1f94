package org.zhuqi.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the platform fills an empty database with demo data: on by default for the embedded H2
 * database, off for PostgreSQL unless {@code ZHUQI_DEMO=true}.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(ZhuqiProperties properties, Environment environment) {
		Boolean forced = properties.demo().enabled();
		String url = environment.getProperty("spring.datasource.url", "");
		this.enabled = forced != null ? forced : url.startsWith("jdbc:h2:");
	}

	public boolean enabled() {
		return enabled;
	}

	/**
	 * Runs a demo seeder's work when demo data is on: on a daemon thread of its own named {@code name} when
	 * {@code background} (so the platform opens at once and the data fills in behind it), else at once on the
	 * caller's thread (tests, which need the data before they start). Does nothing when demo data is off.
	 */
	public void launch(String name, boolean background, Runnable seed) {
		if (!enabled) {
			return;
		}
		if (background) {
			Thread thread = new Thread(seed, name);
			thread.setDaemon(true);
			thread.start();
		}
		else {
			seed.run();
		}
	}

}
