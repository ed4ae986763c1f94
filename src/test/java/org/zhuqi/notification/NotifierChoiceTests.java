package org.zhuqi.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one {@link Notifier}: the log unless {@code spring.mail.host} is set, then SMTP through Spring Mail.
 */
class NotifierChoiceTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(Notifiers.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationProperties.class)
	@Import(NotificationConfiguration.class)
	static class Notifiers {

	}

	@Test
	void logsMessagesWhileNoMailServerIsConfigured() {
		context.run(started -> assertThat(started).getBean(Notifier.class).isInstanceOf(LoggingNotifier.class));
	}

	@Test
	void sendsThroughSmtpOnceAMailHostIsSet() {
		context.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.username=zhuqi@example.org")
			.run(started -> assertThat(started).getBean(Notifier.class).isInstanceOf(SmtpNotifier.class));
	}

}
