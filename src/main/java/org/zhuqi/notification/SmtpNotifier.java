package org.zhuqi.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends outbound messages as plain-text e-mails through Spring Mail's {@link JavaMailSender}, which Spring Boot
 * configures from {@code spring.mail.*} once {@code spring.mail.host} is set. A refused or failed send throws
 * Spring's {@code MailException}, which the delivery job records and retries.
 */
class SmtpNotifier implements Notifier {

	private final JavaMailSender sender;

	private final String from;

	/** @param from the sender address; blank leaves it to the mail server (the SMTP account) */
	SmtpNotifier(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
	}

	@Override
	public void send(OutboundMessage message) {
		SimpleMailMessage mail = new SimpleMailMessage();
		if (from != null && !from.isBlank()) {
			mail.setFrom(from);
		}
		mail.setTo(message.recipient());
		mail.setSubject(message.subject());
		mail.setText(message.body());
		sender.send(mail);
	}

}
