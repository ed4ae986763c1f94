package org.zhuqi.evaluation.question;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.evaluation.voter.VoterCredentials.Identified;
import org.zhuqi.evaluation.voter.VoterCredentials.Standing;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

/**
 * The voter's page before the live session, {@code /vote/{token}/questions}, reached from the voter page: send
 * questions for the live departments and vote on which departments report in person. Like the voter page the
 * credential in the address is the only authentication (the live chain keeps no session and needs no CSRF token:
 * a post without the secret in its address does nothing); only the voter key it gives is stored. No session means
 * no flash attributes: a refusal renders the page again, a success redirects with {@code ?done=}.
 */
@Controller
class QuestionVoteController {

	private static final String PAGE = "evaluation/questions-vote";

	private static final String REFUSED = "evaluation/vote-refused";

	private final VoterCredentials credentials;

	private final Questions questions;

	QuestionVoteController(VoterCredentials credentials, Questions questions) {
		this.credentials = credentials;
		this.questions = questions;
	}

	@GetMapping("/vote/{token}/questions")
	String page(@PathVariable String token, @RequestParam(required = false) String done, Model model,
			HttpServletResponse response) {
		return voter(token, response, model).map(voter -> {
			if ("question".equals(done) || "vote".equals(done)) {
				model.addAttribute("message", "evaluation.question.done." + done);
			}
			return page(voter, token, model);
		}).orElse(REFUSED);
	}

	@PostMapping("/vote/{token}/questions")
	String ask(@PathVariable String token, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String body, Model model, HttpServletResponse response) {
		Optional<Voter> voter = voter(token, response, model);
		if (voter.isEmpty()) {
			return REFUSED;
		}
		try {
			questions.ask(voter.get().campaignId(), voter.get().key(), departmentId, body);
			return "redirect:/vote/" + token + "/questions?done=question";
		}
		catch (RejectedFieldException ex) {
			refuse(response, model, ex.code(), ex.arguments());
			model.addAttribute("askedDepartment", departmentId);
			model.addAttribute("body", body);
		}
		catch (RefusedActionException ex) {
			refuse(response, model, ex.code(), ex.arguments());
		}
		return page(voter.get(), token, model);
	}

	@PostMapping("/vote/{token}/presenters")
	String vote(@PathVariable String token, @RequestParam(required = false) List<Long> departmentIds, Model model,
			HttpServletResponse response) {
		Optional<Voter> voter = voter(token, response, model);
		if (voter.isEmpty()) {
			return REFUSED;
		}
		try {
			questions.vote(voter.get().campaignId(), voter.get().key(), departmentIds);
			return "redirect:/vote/" + token + "/questions?done=vote";
		}
		catch (RejectedFieldException ex) {
			refuse(response, model, ex.code(), ex.arguments());
		}
		catch (RefusedActionException ex) {
			refuse(response, model, ex.code(), ex.arguments());
		}
		return page(voter.get(), token, model);
	}

	/** A valid credential's campaign and voter key. */
	private record Voter(long campaignId, String key) {
	}

	/** The voter of a valid credential, or empty with the refusal page's status and message set. */
	private Optional<Voter> voter(String token, HttpServletResponse response, Model model) {
		Optional<Identified> found = credentials.identify(token);
		Check check = found.map(Identified::check).orElse(null);
		if (check == null || check.standing() != Standing.VALID) {
			response.setStatus(check == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
			model.addAttribute("refusal", (check == null ? BallotVerdict.UNKNOWN_CREDENTIAL
					: BallotVerdict.REVOKED_CREDENTIAL).messageCode());
			return Optional.empty();
		}
		return Optional.of(new Voter(found.get().campaignId(), check.voterKey()));
	}

	private String page(Voter voter, String token, Model model) {
		model.addAttribute("side", questions.voterSide(voter.campaignId(), voter.key()));
		model.addAttribute("token", token);
		model.addAttribute("bodyMin", QuestionRules.BODY_MIN);
		model.addAttribute("bodyMax", QuestionRules.BODY_MAX);
		model.addAttribute("perDepartment", QuestionRules.PER_DEPARTMENT);
		return PAGE;
	}

	private static void refuse(HttpServletResponse response, Model model, String code, Object[] arguments) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("refusal", code);
		model.addAttribute("refusalArguments", arguments);
	}

}
