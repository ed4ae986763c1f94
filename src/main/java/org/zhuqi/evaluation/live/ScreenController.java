package org.zhuqi.evaluation.live;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.shared.RecordNotFoundException;

/**
 * The big screen (大屏, 1920×1080) of a live session at {@code /screen/{campaignId}?key=...}: the page renders the
 * current view on the server (so a screen reloaded mid-session is right at once) and then follows the event
 * stream. Without the campaign's {@link ScreenKeys screen key} both answer 404, as for a campaign that does not
 * exist.
 */
@Controller
class ScreenController {

	private final LiveBoard board;

	private final LiveBroadcaster broadcaster;

	private final ScreenKeys keys;

	ScreenController(LiveBoard board, LiveBroadcaster broadcaster, ScreenKeys keys) {
		this.board = board;
		this.broadcaster = broadcaster;
		this.keys = keys;
	}

	@GetMapping("/screen/{campaignId}")
	String screen(@PathVariable long campaignId, @RequestParam(required = false) String key, Model model) {
		requireKey(campaignId, key);
		model.addAttribute("view", board.screen(campaignId));
		model.addAttribute("key", key);
		return "evaluation/screen";
	}

	@GetMapping(path = "/screen/{campaignId}/events", produces = "text/event-stream")
	SseEmitter events(@PathVariable long campaignId, @RequestParam(required = false) String key) {
		requireKey(campaignId, key);
		return broadcaster.screen(campaignId);
	}

	private void requireKey(long campaignId, String key) {
		if (!keys.matches(campaignId, key)) {
			throw new RecordNotFoundException(CampaignSetup.AUDIT_TYPE, campaignId);
		}
	}

}
