package org.zhuqi.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.zhuqi.shared.Viewer;

/**
 * Puts {@code inbox} into every page model, for the unread count in the top bar
 * ({@code ${inbox.unread(viewer)}}). The count is only queried when a page renders the top bar, not for
 * redirects or htmx fragments, and is capped: the badge shows {@value #CAP}+ beyond.
 */
@ControllerAdvice(annotations = Controller.class)
class InboxBadge {

	static final int CAP = 99;

	private static final Logger log = LoggerFactory.getLogger(InboxBadge.class);

	private final Inbox inbox;

	InboxBadge(Inbox inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("inbox")
	InboxBadge inbox() {
		return this;
	}

	/**
	 * The viewer's unread notices, at most {@code CAP + 1}; 0 when nobody is signed in, or when the database
	 * cannot answer (the page, perhaps the error page about that very failure, still renders).
	 */
	public long unread(Viewer viewer) {
		if (viewer == null) {
			return 0;
		}
		try {
			return inbox.unreadCount(viewer, CAP + 1);
		}
		catch (DataAccessException ex) {
			log.debug("Unread count of {} not available", viewer.username(), ex);
			return 0;
		}
	}

	/** The badge text: the count, or {@code 99+}. */
	public String label(long unread) {
		return unread > CAP ? CAP + "+" : String.valueOf(unread);
	}

}
