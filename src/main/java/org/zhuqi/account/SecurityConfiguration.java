package org.zhuqi.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.LocaleResolver;
import org.zhuqi.shared.Role;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: {@code /api/**} is stateless with HTTP Basic and problem-details errors; everything
 * else uses form login with CSRF protection and a fresh session id after login; the published policies (政策汇:
 * {@code GET /policies} and {@code /policies/{id}}) are open to visitors who are not signed in. Signed-in
 * sessions are registered so that disabling an account or resetting its password ends them ({@link SignedInSessions}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), 10_000);
	}

	@Bean
	LoginThrottle loginThrottle(@Value("${zhuqi.login.max-failures:5}") int maxFailures,
			@Value("${zhuqi.login.lock-minutes:15}") int lockMinutes, Clock clock) {
		return new LoginThrottle(maxFailures, Duration.ofMinutes(lockMinutes), clock);
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the {@link SessionRegistry} when sessions end or change id. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	ApiProblemResponder apiProblemResponder(JsonMapper json, MessageSource messages, LocaleResolver locales) {
		return new ApiProblemResponder(json, messages, locales);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiProblemResponder problems) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/openapi/**", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health/**", "/swagger-ui/**", "/v3/api-docs/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/policies", "/policies/{id:[0-9]+}", "/policy-notices",
						"/policy-notices/*") // 政策汇 and 公示 are public (policy)
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(failures).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
				.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
					.sessionRegistry(sessions)
					.expiredUrl("/login?expired")))
			.headers(Customizer.withDefaults())
			.build();
	}

}
