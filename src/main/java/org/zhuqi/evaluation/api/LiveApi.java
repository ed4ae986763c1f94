package org.zhuqi.evaluation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhuqi.evaluation.campaign.CampaignAccess;
import org.zhuqi.evaluation.live.HostAction;
import org.zhuqi.evaluation.live.LiveBoard;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.live.ScreenView;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * {@code /api/v1/campaigns/{id}/live}: the host console as JSON. Reading gives what the big screen shows (current
 * department, round, countdown, ballots received / eligible voters, after a close the score and ranking);
 * starting and the host's actions answer with the same view, read after the action has committed.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}/live")
@Tag(name = "evaluation live session", description = "现场测评: the host's actions and the session's state")
class LiveApi {

	private final LiveHost host;

	private final LiveBoard board;

	LiveApi(LiveHost host, LiveBoard board) {
		this.host = host;
		this.board = board;
	}

	/**
	 * A host action.
	 * @param version the session's version last seen (optional: two hosts cannot act on a state they have not seen)
	 * @param seconds the countdown for {@code OPEN_VOTING}, 10–600
	 */
	record ActionRequest(HostAction action, Integer version, Integer seconds) {
	}

	@Operation(summary = "The session's state as the big screen shows it")
	@GetMapping
	ScreenView state(@PathVariable long id, Viewer viewer) {
		CampaignAccess.requireCentre(viewer);
		return board.screen(id);
	}

	@Operation(summary = "Start the live session of an open campaign (again: no change)")
	@PostMapping("/start")
	ScreenView start(@PathVariable long id, Viewer viewer) {
		host.start(id, viewer);
		return board.screen(id);
	}

	@Operation(summary = "Carry out a host action: OPEN_VOTING (with seconds), CLOSE_VOTING, NEXT, PREVIOUS, "
			+ "SHOW_RESULTS, SHOW_ROUND, PAUSE, RESUME; refusals are 409 problems")
	@PostMapping("/actions")
	ScreenView act(@PathVariable long id, @RequestBody ActionRequest request, Viewer viewer) {
		if (request.action() == null) {
			throw new RejectedFieldException("action", "evaluation.api.action.required");
		}
		host.act(id, request.action(), request.version(), request.seconds(), viewer);
		return board.screen(id);
	}

}
