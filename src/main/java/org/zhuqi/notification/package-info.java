/**
 * Notifications: the in-app inbox every signed-in role has (new assignment, due soon, overdue, rated,
 * reopened ...) and the outbound messages (e-mail) sent for the same notices.
 * <p>
 * Other modules post a {@link org.zhuqi.notification.Notice} for an {@link org.zhuqi.notification.Audience}
 * through {@link org.zhuqi.notification.Notifications#post(Notice)}: the notice is stored once for its audience
 * (never a copy per user) and every enabled account of the audience that has an e-mail address gets an
 * outbound message, queued in the same transaction and sent later by a scheduled job through the one
 * {@link org.zhuqi.notification.Notifier}: SMTP when {@code spring.mail.host} is set, otherwise the log. A
 * failed send is retried with exponential backoff and never reaches the workflow that posted the notice.
 * <p>
 * The notice text is a message key of the caller's own bundle with arguments, rendered in the reader's
 * language when the inbox is read.
 */
package org.zhuqi.notification;
