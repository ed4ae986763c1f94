package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
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
import org.zhuqi.directory.Directory;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The service centre's campaign pages: the list of campaigns with open and close buttons, and the form to draft
 * a campaign or revise a draft (rubric rows, trimming, rating window, the live group in order of reports and the
 * online group).
 */
@Controller
class CampaignController {

	private static final String LIST = "evaluation/campaigns";

	private static final String FORM = "evaluation/campaign-form";

	/** Empty order slots offered below the live group's departments. */
	private static final int SPARE_LIVE_SLOTS = 5;

	private static final int MIN_LIVE_SLOTS = 10;

	private final CampaignSetup setup;

	private final CampaignQueries queries;

	private final Directory directory;

	private final Clock clock;

	CampaignController(CampaignSetup setup, CampaignQueries queries, Directory directory, Clock clock) {
		this.setup = setup;
		this.queries = queries;
		this.directory = directory;
		this.clock = clock;
	}

	@InitBinder("campaign")
	void guard(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/evaluations")
	String list(Viewer viewer, Model model) {
		model.addAttribute("campaigns", queries.all(viewer));
		model.addAttribute("zone", clock.getZone());
		return LIST;
	}

	@GetMapping("/evaluations/new")
	String initCreationForm(Viewer viewer, Model model) {
		CampaignAccess.requireCentre(viewer);
		return form(starting(), model);
	}

	@PostMapping("/evaluations/new")
	String processCreationForm(@Valid @ModelAttribute("campaign") CampaignForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		CampaignAccess.requireCentre(viewer);
		if (FormSubmission.attempt(result, () -> setup.create(form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/evaluations";
		}
		return form(form, model);
	}

	@GetMapping("/evaluations/{id}/edit")
	String initUpdateForm(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("campaignId", id);
		return form(CampaignForm.of(setup.get(id, viewer), clock.getZone()), model);
	}

	@PostMapping("/evaluations/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("campaign") CampaignForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		CampaignAccess.requireCentre(viewer);
		if (FormSubmission.attempt(result, () -> setup.revise(id, form, viewer)).isPresent()) {
			redirect.addFlashAttribute("message", "form.saved");
			return "redirect:/evaluations";
		}
		model.addAttribute("campaignId", id);
		return form(form, model);
	}

	@PostMapping("/evaluations/{id}/open")
	String open(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			RedirectAttributes redirect) {
		return transition(() -> setup.open(id, version, viewer), "evaluation.campaign.opened", redirect);
	}

	@PostMapping("/evaluations/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) Integer version, Viewer viewer,
			RedirectAttributes redirect) {
		return transition(() -> setup.close(id, version, viewer), "evaluation.campaign.closed", redirect);
	}

	private static String transition(Runnable action, String done, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (RefusedActionException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("refusal", "form.conflict");
		}
		return "redirect:/evaluations";
	}

	/** A new campaign's form: the usual four dimensions, no trimming, rating from tomorrow for two weeks. */
	private CampaignForm starting() {
		CampaignForm form = new CampaignForm();
		form.setScale(Scale.TEN_POINT);
		form.setTrimPercent(BigDecimal.ZERO);
		LocalDateTime start = LocalDate.now(clock).plusDays(1).atTime(LocalTime.of(9, 0));
		form.setOpensAt(start);
		form.setClosesAt(start.plusDays(14));
		form.setDimensions(List.of(new DimensionForm("服务态度", "Service attitude", new BigDecimal("30")),
				new DimensionForm("办事效率", "Efficiency", new BigDecimal("30")),
				new DimensionForm("政策落实", "Policy delivery", new BigDecimal("20")),
				new DimensionForm("廉洁自律", "Integrity and self-discipline", new BigDecimal("20"))));
		return form;
	}

	private String form(CampaignForm form, Model model) {
		List<DimensionForm> rows = new ArrayList<>(form.getDimensions());
		while (rows.size() < Rubric.MAX_DIMENSIONS) {
			rows.add(new DimensionForm());
		}
		form.setDimensions(rows);
		model.addAttribute("campaign", form);
		model.addAttribute("departments", directory.activeDepartments());
		model.addAttribute("scales", Scale.values());
		int chosen = (int) form.getLiveDepartmentIds().stream().filter(Objects::nonNull).count();
		model.addAttribute("liveSlots", Math.max(MIN_LIVE_SLOTS, chosen + SPARE_LIVE_SLOTS));
		model.addAttribute("live", form.getLiveDepartmentIds().stream().filter(Objects::nonNull).toList());
		return FORM;
	}

}
