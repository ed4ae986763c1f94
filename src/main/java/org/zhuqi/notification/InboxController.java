package org.zhuqi.notification;

import java.util.Locale;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.shared.Viewer;

/**
 * {@code /inbox}: the signed-in user's notices, unread ones first and highlighted, newest first within each,
 * all or only the unread (htmx swaps only the list); opening a notice marks it read and leads to its page; one
 * or all can be marked read without opening them.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean unread, @PageableDefault(size = 20) Pageable pageable,
			Viewer viewer, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		model.addAttribute("page", inbox.entries(viewer, unread, pageable, locale));
		model.addAttribute("unreadOnly", unread);
		model.addAttribute("unreadCount", inbox.unreadCount(viewer, Integer.MAX_VALUE));
		return htmx == null ? "notification/inbox" : "notification/inbox :: results";
	}

	/** Opens a notice: marks it read and goes to its page. */
	@GetMapping("/{id}")
	String open(@PathVariable long id, Viewer viewer) {
		return "redirect:" + inbox.open(id, viewer);
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "0") int page, Viewer viewer, RedirectAttributes redirect) {
		inbox.markRead(id, viewer);
		redirect.addAttribute("unread", unread);
		redirect.addAttribute("page", Math.max(page, 0));
		return "redirect:/inbox";
	}

	@PostMapping("/read-all")
	String markAllRead(Viewer viewer, RedirectAttributes redirect) {
		inbox.markAllRead(viewer);
		redirect.addFlashAttribute("message", "inbox.allRead");
		return "redirect:/inbox";
	}

}
