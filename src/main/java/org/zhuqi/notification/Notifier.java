package org.zhuqi.notification;

/**
 * Sends one outbound message (an e-mail, or anything else a deployment plugs in). The platform has exactly one:
 * {@code SmtpNotifier} when {@code spring.mail.host} is set, otherwise {@code LoggingNotifier}, which only logs.
 * Called by the delivery job, never inside a workflow's transaction; a send that fails throws any runtime
 * exception, and the job records the error and tries again later.
 */
public interface Notifier {

	void send(OutboundMessage message);

}
