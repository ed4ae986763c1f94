package org.zhuqi.notification;

/**
 * One message to one address, rendered in the platform's default language (Simplified Chinese).
 *
 * @param id the queued message's id, the same on every attempt (usable to spot a repeated send)
 * @param recipient the e-mail address
 * @param subject a one-line subject
 * @param body the plain text: the notice and the address of the page to open
 */
public record OutboundMessage(long id, String recipient, String subject, String body) {
}
