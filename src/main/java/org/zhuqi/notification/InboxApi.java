package org.zhuqi.notification;

import java.util.Locale;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/inbox}: the caller's notices as JSON (texts in the request's language), the unread count,
 * and marking read; the same scope as the page.
 */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApi {

	private final Inbox inbox;

	InboxApi(Inbox inbox) {
		this.inbox = inbox;
	}

	/** How many notices the caller has not read. */
	record UnreadCount(long unread) {
	}

	@GetMapping
	PagedModel<InboxEntry> list(@RequestParam(defaultValue = "false") boolean unread,
			@ParameterObject @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Locale locale) {
		return new PagedModel<>(inbox.entries(viewer, unread, pageable, locale));
	}

	@GetMapping("/unread-count")
	UnreadCount unreadCount(Viewer viewer) {
		return new UnreadCount(inbox.unreadCount(viewer, Integer.MAX_VALUE));
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable long id, Viewer viewer) {
		inbox.markRead(id, viewer);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/read-all")
	ResponseEntity<Void> markAllRead(Viewer viewer) {
		inbox.markAllRead(viewer);
		return ResponseEntity.noContent().build();
	}

}
