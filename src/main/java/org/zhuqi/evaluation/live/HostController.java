package org.zhuqi.evaluation.live;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.question.HostQuestions;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The host's console (主持人控制台) of a campaign's live session: start it, then one button per
 * {@link HostAction}; the current department's ballots and countdown follow the session live through the same
 * event stream as the big screen. Every button posts the session's version, so two hosts cannot act on a state
 * they have not seen.
 */
@Controller
class HostController {

	private static final String CONSOLE = "evaluation/live-host";

	private final LiveHost host;

	private final LiveBoard board;

	private final LiveBroadcaster broadcaster;

	private final ScreenKeys screenKeys;

	private final Keypads keypads;

	private final HostQuestions questions;

	HostController(LiveHost host, LiveBoard board, LiveBroadcaster broadcaster, ScreenKeys screenKeys,
			Keypads keypads, HostQuestions questions) {
		this.host = host;
		this.board = board;
		this.broadcaster = broadcaster;
		this.screenKeys = screenKeys;
		this.keypads = keypads;
		this.questions = questions;
	}

	@GetMapping("/evaluations/{id}/live")
	String console(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("liveSession", host.session(id, viewer).orElse(null));
		ScreenView view = board.screen(id);
		model.addAttribute("view", view);
		model.addAttribute("questions", questions.visible(id, view.departmentId()));
		model.addAttribute("rounds", board.rounds(id));
		model.addAttribute("screenKey", screenKeys.keyOf(id));
		model.addAttribute("keypads", keypads.count(id, viewer));
		model.addAttribute("minSeconds", LiveSession.MIN_VOTE_SECONDS);
		model.addAttribute("maxSeconds", LiveSession.MAX_VOTE_SECONDS);
		return CONSOLE;
	}

	@GetMapping(path = "/evaluations/{id}/live/events", produces = "text/event-stream")
	SseEmitter events(@PathVariable long id, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return broadcaster.screen(id);
	}

	@PostMapping("/evaluations/{id}/live/start")
	String start(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		return attempt(id, () -> host.start(id, viewer), "evaluation.live.done.start", redirect);
	}

	@PostMapping("/evaluations/{id}/live/{action}")
	String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Integer seconds, Viewer viewer, RedirectAttributes redirect) {
		HostAction chosen = HostAction.ofPath(action)
			.orElseThrow(() -> new RecordNotFoundException("evaluation-live-action", action));
		return attempt(id, () -> host.act(id, chosen, version, seconds, viewer), chosen.doneCode(), redirect);
	}

	private static String attempt(long id, Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
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
		return "redirect:/evaluations/" + id + "/live";
	}

}
