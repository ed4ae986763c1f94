package org.zhuqi.policy.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.policy.catalogue.PolicyRef;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The 免申即享 confirmation page of the centre ({@code /policies/{id}/no-application}): the matched list with
 * amounts and standings, exclusions with reason (and lifting them), and the confirmation that makes grants.
 */
@Controller
class NoApplicationController {

	private final NoApplication noApplication;

	private final RuleWords words;

	private final MessageSource messages;

	NoApplicationController(NoApplication noApplication, RuleWords words, MessageSource messages) {
		this.noApplication = noApplication;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/policies/{id}/no-application")
	String show(@PathVariable long id, @RequestParam(required = false) String q,
			@PageableDefault(size = 50) Pageable pageable, Viewer viewer, Model model, Locale locale) {
		PolicyRef policy = noApplication.policy(id, viewer);
		NoApplication.Overview overview = noApplication.overview(policy);
		String text = q == null ? "" : q.strip();
		List<NoApplication.Candidate> shown = overview.candidates()
			.stream()
			.filter(c -> text.isEmpty() || c.enterprise().name().contains(text))
			.toList();
		model.addAttribute("policy", policy);
		model.addAttribute("overview", overview);
		model.addAttribute("page", Matching.page(shown, pageable));
		model.addAttribute("q", q);
		model.addAttribute("labels", words.labels(locale));
		model.addAttribute("figureName", policy.amountRule().percentOf() == null ? ""
				: messages.getMessage(policy.amountRule().percentOf().messageKey(), null, locale));
		return "policy/rule-no-application";
	}

	@PostMapping("/policies/{id}/no-application/exclusions")
	String exclude(@PathVariable long id, @RequestParam long enterpriseId,
			@RequestParam(defaultValue = "") String reason, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		return after(id, FormSubmission.refusal(() -> noApplication.exclude(id, enterpriseId, reason, viewer)),
				"policy.rule.exclusion.saved", locale, redirect);
	}

	@PostMapping("/policies/{id}/no-application/exclusions/{enterpriseId}/lift")
	String lift(@PathVariable long id, @PathVariable long enterpriseId, Viewer viewer, Locale locale,
			RedirectAttributes redirect) {
		return after(id, FormSubmission.refusal(() -> noApplication.lift(id, enterpriseId, viewer)),
				"policy.rule.exclusion.lifted", locale, redirect);
	}

	@PostMapping("/policies/{id}/no-application/confirm")
	String confirm(@PathVariable long id, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		NoApplication.Confirmation[] done = new NoApplication.Confirmation[1];
		Optional<MessageSourceResolvable> refusal = FormSubmission
			.refusal(() -> done[0] = noApplication.confirm(id, viewer));
		if (refusal.isEmpty()) {
			redirect.addFlashAttribute("confirmed", done[0]);
		}
		return after(id, refusal, null, locale, redirect);
	}

	private String after(long id, Optional<MessageSourceResolvable> refusal, String done, Locale locale,
			RedirectAttributes redirect) {
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("error", messages.getMessage(refusal.get(), locale));
		}
		else if (done != null) {
			redirect.addFlashAttribute("message", done);
		}
		return "redirect:/policies/" + id + "/no-application";
	}

}
