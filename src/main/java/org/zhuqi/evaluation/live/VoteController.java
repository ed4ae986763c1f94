package org.zhuqi.evaluation.live;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.ballot.BallotOutcome;
import org.zhuqi.evaluation.ballot.BallotRequest;
import org.zhuqi.evaluation.ballot.BallotVerdict;
import org.zhuqi.evaluation.ballot.Channel;
import org.zhuqi.evaluation.voter.VoterCredentials;
import org.zhuqi.evaluation.voter.VoterCredentials.Check;
import org.zhuqi.evaluation.voter.VoterCredentials.Identified;
import org.zhuqi.evaluation.voter.VoterCredentials.Standing;
import org.zhuqi.shared.RejectedFieldException;

/**
 * The voter's page on the phone, opened from the credential's QR code: {@code /vote/{token}}. The credential in
 * the address is the only authentication (no login, no session); it is never logged or put into a page's
 * Referer (see {@link LiveSecurityConfiguration}). The page shows the current department of the live session
 * with one big button per score, follows the session by its event stream, and submits through
 * {@code POST /vote/{token}/ballots}, which answers every outcome of the ballot box as {@code 200} with the verdict
 * and its message (本轮投票已结束 is an answer, not an error page); only malformed content is a {@code 400}.
 */
@Controller
class VoteController {

	private static final String PAGE = "evaluation/vote";

	private static final String REFUSED = "evaluation/vote-refused";

	private final VoterCredentials credentials;

	private final LiveBoard board;

	private final LiveBroadcaster broadcaster;

	private final BallotBox box;

	private final MessageSource messages;

	VoteController(VoterCredentials credentials, LiveBoard board, LiveBroadcaster broadcaster, BallotBox box,
			MessageSource messages) {
		this.credentials = credentials;
		this.board = board;
		this.broadcaster = broadcaster;
		this.box = box;
		this.messages = messages;
	}

	/**
	 * A phone's ballot: one score for the department, counted for every dimension.
	 * @param idempotencyKey made by the page once per department and kept for every retry
	 */
	record PhoneBallot(Long department, Integer score, String idempotencyKey) {
	}

	/** The answer to a phone's ballot: the verdict and what to tell the voter. */
	record PhoneAnswer(String verdict, String message) {
	}

	@GetMapping("/vote/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Identified> found = credentials.identify(token);
		Optional<Long> campaign = found.map(Identified::campaignId);
		Check check = found.map(Identified::check).orElse(null);
		if (check == null || check.standing() != Standing.VALID) {
			response.setStatus(check == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
			model.addAttribute("refusal", (check == null ? BallotVerdict.UNKNOWN_CREDENTIAL
					: BallotVerdict.REVOKED_CREDENTIAL).messageCode());
			return REFUSED;
		}
		VoterView view = board.voter(campaign.get(), check.voterKey());
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("scores", scores(view));
		return PAGE;
	}

	@GetMapping("/vote/{token}/state")
	ResponseEntity<VoterView> state(@PathVariable String token) {
		return valid(token).map(found -> ResponseEntity.ok(board.voter(found.campaignId(), found.check().voterKey())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(path = "/vote/{token}/events", produces = "text/event-stream")
	ResponseEntity<SseEmitter> events(@PathVariable String token) {
		return valid(token).map(found -> ResponseEntity.ok(broadcaster.voters(found.campaignId())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/vote/{token}/ballots")
	ResponseEntity<PhoneAnswer> cast(@PathVariable String token, @RequestBody PhoneBallot ballot, Locale locale) {
		Optional<Identified> found = credentials.identify(token);
		if (found.isEmpty()) {
			return ResponseEntity.ok(answer(BallotVerdict.UNKNOWN_CREDENTIAL, locale));
		}
		if (ballot.department() == null || ballot.score() == null) {
			return ResponseEntity.badRequest()
				.body(new PhoneAnswer("INVALID", messages.getMessage("evaluation.vote.incomplete", null, locale)));
		}
		long campaign = found.get().campaignId();
		Check check = found.get().check();
		if (check.standing() != Standing.VALID) {
			return ResponseEntity.ok(answer(check.standing() == Standing.REVOKED ? BallotVerdict.REVOKED_CREDENTIAL
					: BallotVerdict.UNKNOWN_CREDENTIAL, locale));
		}
		int dimensions = board.dimensions(campaign);
		try {
			// the credential is checked above, once: the box takes the voter key it gave
			BallotOutcome outcome = box.castRegistered(new BallotRequest(campaign, ballot.department(), null,
					BallotRequest.uniform(ballot.score(), dimensions), null, Channel.PHONE, ballot.idempotencyKey()),
					check.voterKey());
			return ResponseEntity.ok(answer(outcome.verdict(), locale));
		}
		catch (RejectedFieldException ex) {
			return ResponseEntity.badRequest()
				.body(new PhoneAnswer("INVALID", messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale)));
		}
	}

	private PhoneAnswer answer(BallotVerdict verdict, Locale locale) {
		return new PhoneAnswer(verdict.name(), messages.getMessage(verdict.messageCode(), null, locale));
	}

	/** A valid credential with its campaign. */
	private record Found(long campaignId, Check check) {
	}

	private Optional<Found> valid(String token) {
		return credentials.identify(token)
			.map(identified -> new Found(identified.campaignId(), identified.check()))
			.filter(found -> found.check().standing() == Standing.VALID);
	}

	/** The score buttons, best first. */
	private static int[] scores(VoterView view) {
		int[] scores = new int[view.highest() - view.lowest() + 1];
		for (int i = 0; i < scores.length; i++) {
			scores[i] = view.highest() - i;
		}
		return scores;
	}

}
