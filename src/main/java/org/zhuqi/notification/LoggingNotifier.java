package org.zhuqi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link Notifier} while no mail server is configured: writes each message to the log instead of
 * sending it, so a development or demo installation shows what would have gone out.
 */
class LoggingNotifier implements Notifier {

	private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

	@Override
	public void send(OutboundMessage message) {
		log.info("Outbound message {} to {} (not sent: spring.mail.host is not set): {}", message.id(),
				message.recipient(), message.subject());
	}

}
