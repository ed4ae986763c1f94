package org.zhuqi.evaluation.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The voter pages ({@code /vote/{token}/**}) and the big screen ({@code /screen/{campaignId}/**}) sign nobody in:
 * the credential in the address authenticates a voter, the screen key a screen, each checked by its controller.
 * So this chain comes before the login chains, keeps no session (a thousand phones, no cookies), needs no CSRF
 * token (nothing ambient to forge: a request without the secret in its address does nothing), and sends
 * {@code Referrer-Policy: no-referrer} so the address with its secret never leaves in a Referer header.
 */
@Configuration(proxyBeanMethods = false)
class LiveSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain liveChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/vote/**", "/screen/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}

}
