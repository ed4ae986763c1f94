package org.zhuqi.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Chooses the one {@link Notifier}: SMTP when Spring Boot has configured a mail sender (that is, when
 * {@code spring.mail.host} is set), else the log. Also switches on {@code @Scheduled} jobs for the whole
 * application (the delivery job here, reminders elsewhere).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	@Bean
	Notifier notifier(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties,
			Environment environment) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return new LoggingNotifier();
		}
		String from = properties.mailFrom().isBlank() ? environment.getProperty("spring.mail.username", "")
				: properties.mailFrom();
		return new SmtpNotifier(sender, from);
	}

}
