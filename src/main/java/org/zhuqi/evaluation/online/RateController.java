package org.zhuqi.evaluation.online;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.online.OnlineRating.Progress;
import org.zhuqi.evaluation.online.OnlineRating.Sheet;
import org.zhuqi.evaluation.online.RatingSignIn.SignIn;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FailureThrottle;

/**
 * The online rating pages (网上测评), phone first. {@code /rate/{campaignId}} is the campaign's public link (and QR
 * code): name, period, window and whether rating has begun, with the two ways in — the credential typed into a
 * form (or handed over from the live voter page in the address's fragment, which never reaches the server, and
 * posted from there) and the enterprise account. Signing in keeps only the campaign and the voter key in the
 * session, under a new session id. Then the list of the ONLINE departments with each one's progress, and one form
 * per department with 保存草稿 and 提交. Every refusal comes back as a message on the page.
 */
@Controller
class RateController {

	private static final String LANDING = "evaluation/rate";

	private static final String LIST = "evaluation/rate-departments";

	private static final String SHEET = "evaluation/rate-sheet";

	private final OnlineRating rating;

	private final RatingSignIn signIn;

	private final FailureThrottle attempts;

	RateController(OnlineRating rating, RatingSignIn signIn, FailureThrottle attempts) {
		this.rating = rating;
		this.signIn = signIn;
		this.attempts = attempts;
	}

	@InitBinder("rating")
	void guard(WebDataBinder binder) {
		binder.setAllowedFields("scores*", "comment");
	}

	@GetMapping("/rate/{campaignId}")
	String landing(@PathVariable long campaignId, HttpServletRequest request, Model model) {
		model.addAttribute("campaign", rating.info(campaignId));
		model.addAttribute("rating", rater(request, campaignId).isPresent());
		model.addAttribute("signedIn", request.getUserPrincipal() != null);
		model.addAttribute("enterpriseUser", request.isUserInRole("ENTERPRISE"));
		return LANDING;
	}

	@PostMapping("/rate/{campaignId}/credential")
	String credential(@PathVariable long campaignId, @RequestParam(required = false) String credential,
			HttpServletRequest request, RedirectAttributes redirect) {
		rating.info(campaignId);
		String client = request.getRemoteAddr();
		if (attempts.isLocked(client)) {
			redirect.addFlashAttribute("refusal", "evaluation.online.credential.locked");
			redirect.addFlashAttribute("refusalArguments", new Object[] { attempts.lockMinutes() });
			return toLanding(campaignId);
		}
		if (credential == null || credential.isBlank()) {
			redirect.addFlashAttribute("refusal", "evaluation.online.credential.required");
			return toLanding(campaignId);
		}
		SignIn outcome = signIn.withCredential(campaignId, credential);
		if (outcome.wrongCredential()) {
			attempts.recordFailure(client);
		}
		else if (outcome.succeeded()) {
			attempts.recordSuccess(client);
		}
		return enter(campaignId, outcome, request, redirect);
	}

	/** Where the login page brings an account user back to: the landing page, now with the account button. */
	@GetMapping("/rate/{campaignId}/account")
	String afterLogin(@PathVariable long campaignId) {
		return toLanding(campaignId);
	}

	@PostMapping("/rate/{campaignId}/account")
	String account(@PathVariable long campaignId, Viewer viewer, HttpServletRequest request,
			RedirectAttributes redirect) {
		rating.info(campaignId);
		return enter(campaignId, signIn.withAccount(campaignId, viewer), request, redirect);
	}

	@PostMapping("/rate/{campaignId}/leave")
	String leave(@PathVariable long campaignId, HttpServletRequest request, RedirectAttributes redirect) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(OnlineRater.SESSION_ATTRIBUTE);
		}
		redirect.addFlashAttribute("message", "evaluation.online.left");
		return toLanding(campaignId);
	}

	@GetMapping("/rate/{campaignId}/departments")
	String departments(@PathVariable long campaignId, HttpServletRequest request, Model model) {
		Optional<OnlineRater> rater = rater(request, campaignId);
		if (rater.isEmpty()) {
			return toLanding(campaignId);
		}
		model.addAttribute("overview", rating.overview(campaignId, rater.get().voterKey()));
		return LIST;
	}

	@GetMapping("/rate/{campaignId}/departments/{departmentId}")
	String sheet(@PathVariable long campaignId, @PathVariable long departmentId, HttpServletRequest request,
			Model model, Locale locale) {
		Optional<OnlineRater> rater = rater(request, campaignId);
		if (rater.isEmpty()) {
			return toLanding(campaignId);
		}
		rating.requireOnlineOrNotFound(campaignId, departmentId);
		return sheetPage(rating.sheet(campaignId, departmentId, rater.get().voterKey(), locale), model);
	}

	@PostMapping("/rate/{campaignId}/departments/{departmentId}")
	String save(@PathVariable long campaignId, @PathVariable long departmentId,
			@ModelAttribute("rating") RatingForm form, BindingResult result,
			@RequestParam(name = "submit", required = false) String submit, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		Optional<OnlineRater> rater = rater(request, campaignId);
		if (rater.isEmpty()) {
			redirect.addFlashAttribute("refusal", "evaluation.online.signInAgain");
			return toLanding(campaignId);
		}
		rating.requireOnlineOrNotFound(campaignId, departmentId);
		String voterKey = rater.get().voterKey();
		if (result.hasErrors()) {
			model.addAttribute("fieldError", "scores");
			model.addAttribute("refusal", "evaluation.online.scores.unreadable");
			return sheetPage(rating.sheet(campaignId, departmentId, voterKey, locale), model);
		}
		try {
			if (submit != null) {
				BallotVerdict verdict = rating.submit(campaignId, departmentId, voterKey, form.getScores(),
						form.getComment(), null, locale);
				if (verdict == BallotVerdict.ACCEPTED) {
					redirect.addFlashAttribute("message", "evaluation.online.submitted");
					return "redirect:/rate/" + campaignId + "/departments";
				}
				redirect.addFlashAttribute("refusal", verdict.messageCode());
				return "redirect:/rate/" + campaignId + "/departments/" + departmentId;
			}
			rating.saveDraft(campaignId, departmentId, voterKey, form.getScores(), form.getComment(), locale);
			redirect.addFlashAttribute("message", "evaluation.online.draftSaved");
			return "redirect:/rate/" + campaignId + "/departments/" + departmentId;
		}
		catch (RejectedFieldException ex) {
			model.addAttribute("fieldError", ex.field());
			model.addAttribute("refusal", ex.code());
			model.addAttribute("refusalArguments", ex.arguments());
			Progress progress = rating.sheet(campaignId, departmentId, voterKey, locale).progress();
			return sheetPage(rating.sheetWith(campaignId, departmentId, progress, form.getScores(), form.getComment(),
					locale), model);
		}
		catch (RefusedActionException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
			return "redirect:/rate/" + campaignId + "/departments/" + departmentId;
		}
	}

	private String sheetPage(Sheet sheet, Model model) {
		model.addAttribute("sheet", sheet);
		return SHEET;
	}

	/** Signs the rater in: a new session id (against fixation), then only the campaign and voter key in it. */
	private static String enter(long campaignId, SignIn outcome, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!outcome.succeeded()) {
			redirect.addFlashAttribute("refusal", outcome.refusal());
			return toLanding(campaignId);
		}
		request.getSession(true);
		request.changeSessionId();
		request.getSession().setAttribute(OnlineRater.SESSION_ATTRIBUTE, outcome.rater());
		return "redirect:/rate/" + campaignId + "/departments";
	}

	private static Optional<OnlineRater> rater(HttpServletRequest request, long campaignId) {
		HttpSession session = request.getSession(false);
		Object rater = session == null ? null : session.getAttribute(OnlineRater.SESSION_ATTRIBUTE);
		return rater instanceof OnlineRater found && found.rates(campaignId) ? Optional.of(found) : Optional.empty();
	}

	private static String toLanding(long campaignId) {
		return "redirect:/rate/" + campaignId;
	}

}
