package org.zhuqi.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} every service reads: the district's zone, replayable by demo seeders. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(ZhuqiProperties properties, ClockReplay replay) {
		return new ReplayableClock(Clock.system(properties.zone()), replay);
	}

}
