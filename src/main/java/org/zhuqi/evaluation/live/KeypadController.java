package org.zhuqi.evaluation.live;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The keypad desk (表决器登记) of a campaign: register a keypad to the voter whose QR code is scanned, list and
 * find the registered keypads, remove one. The credential field is a password-like field a scanner types into;
 * it is never shown again.
 */
@Controller
class KeypadController {

	private static final String PAGE = "evaluation/keypads";

	/** Keypads listed at most; the rest are found by id. */
	private static final int LISTED = 200;

	private final Keypads keypads;

	private final CampaignSetup setup;

	KeypadController(Keypads keypads, CampaignSetup setup) {
		this.keypads = keypads;
		this.setup = setup;
	}

	@GetMapping("/evaluations/{id}/keypads")
	String page(@PathVariable long id, @RequestParam(required = false) String q, Viewer viewer, Model model) {
		model.addAttribute("keypad", new KeypadForm());
		return render(id, q, viewer, model);
	}

	@PostMapping("/evaluations/{id}/keypads")
	String register(@PathVariable long id, @ModelAttribute("keypad") KeypadForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			Optional<String> replaced = keypads.register(id, form.getKeypad(), form.getCredential(), viewer);
			if (replaced.isPresent()) {
				redirect.addFlashAttribute("message", "evaluation.keypads.replaced");
				redirect.addFlashAttribute("messageArguments", List.of(replaced.get()));
			}
			else {
				redirect.addFlashAttribute("message", "evaluation.keypads.registered");
			}
			return "redirect:/evaluations/" + id + "/keypads";
		}
		catch (RejectedFieldException ex) {
			result.rejectValue(ex.field(), ex.code(), ex.arguments(), ex.code());
		}
		catch (RefusedActionException ex) {
			result.reject(ex.code(), ex.arguments(), ex.code());
		}
		form.setCredential(null);
		return render(id, null, viewer, model);
	}

	@PostMapping("/evaluations/{id}/keypads/remove")
	String remove(@PathVariable long id, @RequestParam String keypad, Viewer viewer, RedirectAttributes redirect) {
		keypads.remove(id, keypad, viewer);
		redirect.addFlashAttribute("message", "evaluation.keypads.removed");
		return "redirect:/evaluations/" + id + "/keypads";
	}

	private String render(long id, String q, Viewer viewer, Model model) {
		model.addAttribute("campaign", setup.get(id, viewer));
		model.addAttribute("keypads", keypads.list(id, q, LISTED + 1, viewer));
		model.addAttribute("count", keypads.count(id, viewer));
		model.addAttribute("listed", LISTED);
		model.addAttribute("q", q);
		return PAGE;
	}

}
