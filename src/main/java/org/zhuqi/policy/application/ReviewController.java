package org.zhuqi.policy.application;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

import jakarta.validation.Valid;

/**
 * Review by the issuing department (or the centre): the review queue {@code /policy-reviews} with search,
 * filters and paging, and the decisions on an application's page (approve with amount, reject, return).
 */
@Controller
class ReviewController {

	private final ApplicationService service;

	private final ApplicationQueries queries;

	private final PublicNotices notices;

	private final PolicyLookup policies;

	private final MessageSource messages;

	ReviewController(ApplicationService service, ApplicationQueries queries, PublicNotices notices,
			PolicyLookup policies, MessageSource messages) {
		this.service = service;
		this.queries = queries;
		this.notices = notices;
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/policy-reviews")
	String queue(ApplicationFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (!viewer.is(Role.ADMIN) && !viewer.is(Role.DEPARTMENT)) {
			throw new AccessDeniedException("the review queue is for the departments and the centre");
		}
		model.addAttribute("page", queries.search(filter, viewer, pageable));
		model.addAttribute("filter", filter);
		if (htmx != null) {
			return "policy/application-reviews :: results";
		}
		model.addAttribute("statuses", List.of(ApplicationStatus.values()));
		model.addAttribute("policyChoices", queries.reviewablePolicies(viewer));
		if (filter.policy() != null) {
			policies.find(filter.policy())
				.filter(p -> notices.canManage(viewer, p.departmentId()))
				.ifPresent(p -> {
					model.addAttribute("policy", p);
					model.addAttribute("awaitingNotice", notices.awaitingNotice(p.id()));
				});
		}
		return "policy/application-reviews";
	}

	@PostMapping("/policy-applications/{id}/approve")
	String approve(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm decision,
			BindingResult result, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return decide(id, result, redirect, locale, () -> service.approve(id, decision, viewer),
				"policy.review.approved");
	}

	@PostMapping("/policy-applications/{id}/reject")
	String reject(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm decision,
			BindingResult result, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return decide(id, result, redirect, locale, () -> service.reject(id, decision, viewer),
				"policy.review.rejected");
	}

	@PostMapping("/policy-applications/{id}/return")
	String returnForMore(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm decision,
			BindingResult result, Viewer viewer, RedirectAttributes redirect, Locale locale) {
		return decide(id, result, redirect, locale, () -> service.returnForMore(id, decision, viewer),
				"policy.review.returned");
	}

	private String decide(long id, BindingResult result, RedirectAttributes redirect, Locale locale,
			Runnable action, String done) {
		if (result.hasErrors()) {
			Outcome.invalid(redirect, messages, locale, result);
		}
		else {
			Outcome.flash(redirect, messages, locale, FormSubmission.refusal(action), done);
		}
		return "redirect:/policy-applications/" + id;
	}

}
