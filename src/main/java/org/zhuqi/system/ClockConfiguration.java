package org.zhuqi.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(ZhuqiProperties properties) {
		return Clock.system(properties.zone());
	}

}
