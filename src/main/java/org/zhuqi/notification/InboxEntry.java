package org.zhuqi.notification;

import java.time.Instant;

/**
 * One notice as its reader sees it: rendered in the reader's language, with the reader's own read state.
 *
 * @param kind what happened, e.g. {@code ASSIGNED}
 * @param kindLabel the kind in the reader's language, or {@code null} for a kind without a label
 * @param text the notice's text
 * @param link the page the notice is about, a path under this application
 * @param read whether this reader has read it
 */
record InboxEntry(long id, String kind, String kindLabel, String text, String link, Instant createdAt,
		boolean read) {
}
