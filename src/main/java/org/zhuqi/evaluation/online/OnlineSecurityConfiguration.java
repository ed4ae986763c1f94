package org.zhuqi.evaluation.online;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.zhuqi.system.FailureThrottle;

/**
 * Security of online rating. The pages {@code /rate/**} are open to anyone (the rating session says who rates),
 * keep the usual session and CSRF protection, and share the sign-in of the page chain: only
 * {@code /rate/{id}/account} needs a signed-in user and sends others to the login page, which brings them back.
 * The API {@code POST /api/v1/campaigns/{id}/online-ballots} is authenticated by the voter's credential in the
 * request, not by an account: no session, no CSRF token (nothing ambient to forge). Both come before the
 * account module's chains.
 */
@Configuration(proxyBeanMethods = false)
class OnlineSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain ratingPagesChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/rate/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/rate/*/account")
				.authenticated()
				.anyRequest()
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.build();
	}

	@Bean
	@Order(0)
	SecurityFilterChain onlineBallotApiChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/v1/campaigns/*/online-ballots")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	FailureThrottle credentialAttempts(@Value("${zhuqi.evaluation.online.max-credential-failures:10}") int maxFailures,
			@Value("${zhuqi.evaluation.online.credential-lock-minutes:15}") int lockMinutes, Clock clock) {
		return new FailureThrottle(maxFailures, Duration.ofMinutes(lockMinutes), clock, 50_000);
	}

}
