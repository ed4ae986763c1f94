/**
 * Notifications: the in-app inbox every signed-in role has (new assignment, due soon, overdue, rated,
 * reopened ...) and the outbound messages (e-mail) sent for the same notices.
 * <p>
 * Public API: other modules send a {@link org.zhuqi.notification.Notice} to an
 * {@link org.zhuqi.notification.Audience} (one user, the administrators, a department, a cadre or an
 * enterprise) through {@link org.zhuqi.notification.Notifications#send(Audience, Notice)}. The notice is stored
 * once for its audience (never a copy per user) and every enabled account of the audience that has an e-mail
 * address gets an outbound message, queued in the same transaction and sent after commit by a scheduled job
 * through the one {@link org.zhuqi.notification.Notifier}: SMTP when {@code spring.mail.host} is set, otherwise
 * the log. A failed send is retried with exponential backoff and never reaches the workflow that sent the
 * notice.
 * <p>
 * The notice text is a message key of the caller's own bundle with arguments, rendered in the reader's
 * language when the inbox is read (e-mails in Simplified Chinese). See {@code docs/notifications.md}.
 */
package org.zhuqi.notification;
