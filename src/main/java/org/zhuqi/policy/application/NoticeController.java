package org.zhuqi.policy.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.calendar.WorkingCalendar;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

import jakarta.validation.Valid;

/**
 * Public notice (公示) pages: the public list and one notice with its enterprises and amounts (open to
 * everybody, signed in or not); for the staff who manage it, publishing, objections and their resolution.
 */
@Controller
class NoticeController {

	private final PublicNotices notices;

	private final PolicyLookup policies;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	NoticeController(PublicNotices notices, PolicyLookup policies, WorkingCalendar calendar,
			MessageSource messages) {
		this.notices = notices;
		this.policies = policies;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/policy-notices")
	String list(@RequestParam(required = false) Long policy, @PageableDefault(size = 20) Pageable pageable,
			Model model) {
		model.addAttribute("page", notices.list(policy, pageable));
		model.addAttribute("today", calendar.today());
		return "policy/application-notices";
	}

	@GetMapping("/policy-notices/{id}")
	String show(@PathVariable long id, Model model) {
		NoticeRow notice = notices.find(id).orElseThrow(() -> new RecordNotFoundException(PublicNotices.KIND, id));
		Viewer viewer = (Viewer) model.getAttribute("viewer");
		long department = policies.find(notice.policyId()).orElseThrow().departmentId();
		boolean manager = notices.canManage(viewer, department);
		model.addAttribute("notice", notice);
		model.addAttribute("entries", notices.entries(id));
		model.addAttribute("today", calendar.today());
		model.addAttribute("manager", manager);
		model.addAttribute("objections", manager ? notices.objections(id, viewer) : List.of());
		if (!model.containsAttribute("objection")) {
			model.addAttribute("objection", new ObjectionForm());
		}
		return "policy/application-notice";
	}

	@PostMapping("/policy-notices")
	String publish(@RequestParam long policyId, @RequestParam(required = false) Integer workingDays, Viewer viewer,
			RedirectAttributes redirect, Locale locale) {
		long[] published = new long[1];
		Optional<MessageSourceResolvable> refusal = org.zhuqi.system.FormSubmission
			.refusal(() -> published[0] = notices.publish(policyId, workingDays, viewer));
		if (Outcome.flash(redirect, messages, locale, refusal, "policy.notice.published")) {
			return "redirect:/policy-notices/" + published[0];
		}
		return "redirect:/policy-reviews?policy=" + policyId;
	}

	@PostMapping("/policy-notices/{id}/objections")
	String recordObjection(@PathVariable long id, @Valid @ModelAttribute("objection") ObjectionForm form,
			BindingResult result, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			Outcome.invalid(redirect, messages, locale, result);
		}
		else {
			Outcome.flash(redirect, messages, locale,
					org.zhuqi.system.FormSubmission.refusal(() -> notices.recordObjection(id, form, viewer)),
					"policy.objection.recorded");
		}
		return "redirect:/policy-notices/" + id;
	}

	@PostMapping("/policy-notices/{id}/objections/{objection}/resolve")
	String resolveObjection(@PathVariable long id, @PathVariable long objection, @RequestParam boolean upheld,
			@RequestParam(required = false) String resolution, @RequestParam(required = false) Integer version,
			Viewer viewer, RedirectAttributes redirect, Locale locale) {
		Outcome.flash(redirect, messages, locale, org.zhuqi.system.FormSubmission
			.refusal(() -> notices.resolveObjection(objection, upheld, resolution, version, viewer)),
				"policy.objection.resolved");
		return "redirect:/policy-notices/" + id;
	}

}
