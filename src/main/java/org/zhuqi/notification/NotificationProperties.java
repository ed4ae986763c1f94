package org.zhuqi.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code zhuqi.notification.*}.
 *
 * @param mailFrom the sender address of e-mails ({@code ZHUQI_MAIL_FROM}); blank means the SMTP account
 * ({@code spring.mail.username})
 * @param baseUrl the platform's public address, e.g. {@code https://zhuqi.example.gov.cn}, put before a
 * notice's link in e-mails; blank leaves the link relative
 * @param delivery how the outbound job sends and retries
 */
@ConfigurationProperties("zhuqi.notification")
record NotificationProperties(@DefaultValue("") String mailFrom, @DefaultValue("") String baseUrl,
		@DefaultValue Delivery delivery) {

	/**
	 * @param enabled whether this instance runs the delivery job at all (messages are still queued)
	 * @param interval the pause between two runs of the job
	 * @param batchSize how many due messages one run claims at most
	 * @param lease how long a claimed message is left to its sender before another run may take it again (a
	 * crashed instance's messages are sent once the lease runs out)
	 * @param maxAttempts attempts before a message is given up as failed
	 * @param firstRetry the wait after the first failed attempt; it doubles after each further one
	 * @param maxRetry the longest wait between two attempts
	 */
	record Delivery(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval, @DefaultValue("50") int batchSize,
			@DefaultValue("5m") Duration lease, @DefaultValue("6") int maxAttempts,
			@DefaultValue("1m") Duration firstRetry, @DefaultValue("1h") Duration maxRetry) {

		Backoff backoff() {
			return new Backoff(firstRetry, maxRetry, maxAttempts);
		}

	}

}
