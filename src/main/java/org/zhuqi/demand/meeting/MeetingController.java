package org.zhuqi.demand.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The meeting pages: the searchable list (htmx swaps only the results), one meeting with its agenda, minutes
 * and action items, recording the minutes and the decisions, and the meetings of one problem for the problem
 * page.
 */
@Controller
class MeetingController {

	static final String PAGE = "demand/meeting/meeting";

	private final MeetingService service;

	private final MeetingQueries queries;

	private final ActionItemService actions;

	private final DemandWorkflow problems;

	private final Directory directory;

	private final AuditLog audit;

	private final MessageSource messages;

	MeetingController(MeetingService service, MeetingQueries queries, ActionItemService actions,
			DemandWorkflow problems, Directory directory, AuditLog audit, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.actions = actions;
		this.problems = problems;
		this.directory = directory;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/meetings")
	String list(MeetingFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		model.addAttribute("canManage", MeetingAccess.canManage(viewer));
		model.addAttribute("staff", MeetingAccess.isStaff(viewer));
		return htmx != null ? "demand/meeting/meetings :: results" : "demand/meeting/meetings";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		return page(id, new ActionItemForm(), viewer, model);
	}

	/** A decision of the meeting, recorded as an action item (the centre). */
	@PostMapping("/meetings/{id}/actions")
	String decide(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionItemForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		MeetingAccess.requireManager(viewer);
		if (FormSubmission.attempt(result, () -> actions.decide(id, form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "actionItem.saved");
			return "redirect:/meetings/" + id + "#actions";
		}
		return page(id, form, viewer, model);
	}

	/** 会议纪要, recorded or corrected by the centre on the meeting page. */
	@PostMapping("/meetings/{id}/minutes")
	String minutes(@PathVariable long id, @ModelAttribute MeetingMinutes minutes, Viewer viewer, Locale locale,
			RedirectAttributes redirect) {
		FormSubmission.refusal(() -> service.recordMinutes(id, minutes, viewer))
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("error", messages.getMessage(refusal, locale)),
					() -> redirect.addFlashAttribute("message", "form.saved"));
		return "redirect:/meetings/" + id;
	}

	/**
	 * The meetings and action items of one problem the viewer may see, for the problem page to load into
	 * {@code demand/meeting/for-demand :: lazy(demandId)}.
	 */
	@GetMapping("/meetings/for-demand/{demandId}")
	String forDemand(@PathVariable long demandId, Viewer viewer, Model model) {
		problems.get(demandId, viewer);
		model.addAttribute("meetings", queries.forDemand(demandId));
		return "demand/meeting/for-demand :: loaded";
	}

	private String page(long id, ActionItemForm actionForm, Viewer viewer, Model model) {
		MeetingDetail meeting = queries.find(id, viewer)
			.orElseThrow(() -> new RecordNotFoundException(MeetingService.AUDIT_TYPE, id));
		Set<Long> reportable = meeting.actions()
			.stream()
			.filter(action -> !action.done() && MeetingAccess.canReport(viewer, action.ownerDepartmentId()))
			.map(ActionItemRow::id)
			.collect(Collectors.toSet());
		model.addAttribute("meeting", meeting);
		model.addAttribute("canManage", MeetingAccess.canManage(viewer));
		model.addAttribute("reportable", reportable);
		model.addAttribute("history", MeetingAccess.isStaff(viewer)
				? audit.history(MeetingService.AUDIT_TYPE, id, 50) : List.of());
		if (MeetingAccess.canManage(viewer)) {
			model.addAttribute("actionForm", actionForm);
			model.addAttribute("departments", directory.activeDepartments());
		}
		return PAGE;
	}

}
