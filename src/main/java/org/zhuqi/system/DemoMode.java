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

}
