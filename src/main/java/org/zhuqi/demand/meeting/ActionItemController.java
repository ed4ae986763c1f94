package org.zhuqi.demand.meeting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * Action items (督办事项) on the pages: a department's list of its own items (the centre's of everyone's), and
 * the small forms with which the owner department reports progress and marks an item done, and the centre
 * reopens one. After a report the browser goes back to where it came from: the list or the meeting.
 */
@Controller
class ActionItemController {

	private final ActionItemService service;

	private final ActionItemQueries queries;

	private final Directory directory;

	private final MessageSource messages;

	ActionItemController(ActionItemService service, ActionItemQueries queries, Directory directory,
			MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/action-items")
	String list(ActionItemFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("status", filter.statusOrOpen());
		model.addAttribute("statuses", ActionItemStatus.values());
		model.addAttribute("canManage", MeetingAccess.canManage(viewer));
		if (htmx != null) {
			return "demand/meeting/action-items :: results";
		}
		if (MeetingAccess.canManage(viewer)) {
			model.addAttribute("departments", directory.activeDepartments());
		}
		return "demand/meeting/action-items";
	}

	@PostMapping("/action-items/{id}/progress")
	String progress(@PathVariable long id, @ModelAttribute ActionItemNote note,
			@RequestParam(required = false) String from, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		return report(id, from, viewer, locale, redirect, "actionItem.progress.saved",
				() -> service.noteProgress(id, note, viewer));
	}

	@PostMapping("/action-items/{id}/done")
	String done(@PathVariable long id, @ModelAttribute ActionItemNote note, @RequestParam(required = false) String from,
			Viewer viewer, Locale locale, RedirectAttributes redirect) {
		return report(id, from, viewer, locale, redirect, "actionItem.done.saved",
				() -> service.markDone(id, note, viewer));
	}

	@PostMapping("/action-items/{id}/reopen")
	String reopen(@PathVariable long id, @ModelAttribute ActionItemNote reason,
			@RequestParam(required = false) String from, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		return report(id, from, viewer, locale, redirect, "actionItem.reopen.saved",
				() -> service.reopen(id, reason, viewer));
	}

	/**
	 * Runs the report and goes back to the list ({@code from=list}) or else to the item's meeting, with the
	 * confirmation or with what refused it.
	 */
	private String report(long id, String from, Viewer viewer, Locale locale, RedirectAttributes redirect,
			String confirmation, Runnable action) {
		ActionItemRow item = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(ActionItemService.AUDIT_TYPE, id));
		FormSubmission.refusal(action)
			.ifPresentOrElse(refusal -> {
				redirect.addFlashAttribute("error", messages.getMessage(refusal, locale));
				redirect.addFlashAttribute("failedItem", id);
			}, () -> redirect.addFlashAttribute("message", confirmation));
		return "list".equals(from) ? "redirect:/action-items" : "redirect:/meetings/" + item.meetingId() + "#action-" + id;
	}

}
