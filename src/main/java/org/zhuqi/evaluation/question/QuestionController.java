package org.zhuqi.evaluation.question;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.question.Questions.QuestionRow;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The service centre's page of a campaign's questions and presenter vote, {@code /evaluations/{id}/questions}:
 * the questions per department (paged, searchable, htmx partial on {@code HX-Request}) with a button to hide an
 * inappropriate one, and the vote's tally with the button that makes its top departments the live group.
 */
@Controller
class QuestionController {

	private static final String PAGE = "evaluation/questions";

	private final Questions questions;

	QuestionController(Questions questions) {
		this.questions = questions;
	}

	@GetMapping("/evaluations/{id}/questions")
	String page(@PathVariable long id, @RequestParam(required = false) Long department,
			@RequestParam(required = false) String q, @PageableDefault(size = 20) Pageable pageable,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Viewer viewer, Model model) {
		Campaign campaign = questions.campaign(id, viewer);
		Page<QuestionRow> page = questions.search(id, department, q, pageable, viewer);
		model.addAttribute("campaign", campaign);
		model.addAttribute("page", page);
		model.addAttribute("department", department);
		model.addAttribute("q", q);
		model.addAttribute("filtered", department != null || (q != null && !q.isBlank()));
		model.addAttribute("tally", questions.tally(id, viewer));
		model.addAttribute("draft", campaign.getStatus() == CampaignStatus.DRAFT);
		return htmx != null ? PAGE + " :: results" : PAGE;
	}

	@PostMapping("/evaluations/{id}/questions/{questionId}/hide")
	String hide(@PathVariable long id, @PathVariable long questionId, @RequestParam(required = false) String reason,
			Viewer viewer, RedirectAttributes redirect) {
		try {
			questions.hide(id, questionId, reason, viewer);
			redirect.addFlashAttribute("message", "evaluation.question.done.hidden");
		}
		catch (RejectedFieldException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		return "redirect:/evaluations/" + id + "/questions";
	}

	@PostMapping("/evaluations/{id}/questions/apply-vote")
	String apply(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		try {
			questions.applyTally(id, viewer);
			redirect.addFlashAttribute("message", "evaluation.question.done.applied");
		}
		catch (RefusedActionException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		catch (RejectedFieldException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "form.conflict");
		}
		return "redirect:/evaluations/" + id + "/questions";
	}

}
