package org.zhuqi.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses the one {@link Notifier}: SMTP when Spring Boot has configured a mail sender (that is, when
 * {@code spring.mail.host} is set), else the log. (Scheduling itself is switched on in {@code system}.)
 */
@Configuration(proxyBeanMethods = false)
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
