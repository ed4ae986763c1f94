package org.zhuqi.evaluation.voter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.EnterpriseSelection;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.voter.CredentialHandout.Handout;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.EnrolmentResult;
import org.zhuqi.evaluation.voter.VoterRollQueries.CredentialState;
import org.zhuqi.evaluation.voter.VoterRollQueries.RollFilter;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The voter roll pages (投票人名册) of a campaign for the service centre: the roll with search, counts and each
 * voter's credential state; adding enterprises from the directory by filter (after confirming how many) or one
 * found by search; issuing the credentials, answered with the ZIP of credential sheet and SMS list (the only
 * time the tokens exist); revoking a credential; re-issuing a lost one while the campaign is a draft.
 */
@Controller
class VoterController {

	private static final String ROLL = "evaluation/voters";

	private static final String ADD = "evaluation/voters-add";

	/** Enterprises listed for a single addition at most; a longer list means: type more of the name. */
	private static final int FOUND_MAX = 10;

	private final VoterRoll roll;

	private final VoterRollQueries queries;

	private final CredentialHandout handout;

	private final CampaignSetup setup;

	private final Directory directory;

	private final EvaluationProperties properties;

	private final Clock clock;

	VoterController(VoterRoll roll, VoterRollQueries queries, CredentialHandout handout, CampaignSetup setup,
			Directory directory, EvaluationProperties properties, Clock clock) {
		this.roll = roll;
		this.queries = queries;
		this.handout = handout;
		this.setup = setup;
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/evaluations/{id}/voters")
	String roll(@PathVariable long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) CredentialState state, @PageableDefault(size = 20) Pageable pageable,
			Viewer viewer, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Campaign campaign = setup.get(id, viewer);
		RollFilter filter = new RollFilter(q, state);
		model.addAttribute("campaign", campaign);
		model.addAttribute("filter", filter);
		model.addAttribute("page", queries.search(id, filter, pageable, viewer));
		model.addAttribute("rollOpen", rollOpen(campaign));
		model.addAttribute("reissuable", campaign.getStatus() == CampaignStatus.DRAFT);
		model.addAttribute("zone", clock.getZone());
		if (htmx != null) {
			return ROLL + " :: results";
		}
		model.addAttribute("counts", queries.counts(id, viewer));
		model.addAttribute("states", CredentialState.values());
		return ROLL;
	}

	@GetMapping("/evaluations/{id}/voters/add")
	String addPage(@PathVariable long id, @ModelAttribute("selection") EnterpriseSelection selection,
			@RequestParam(required = false) String check, @RequestParam(required = false) String find,
			Viewer viewer, Model model, Locale locale) {
		return add(id, selection, check != null, find, new VoterForm(), viewer, model, locale);
	}

	/** Enrols every enterprise of the selection, if as many are still to add as the confirmation said. */
	@PostMapping("/evaluations/{id}/voters/add")
	String addSelected(@PathVariable long id, @ModelAttribute("selection") EnterpriseSelection selection,
			@RequestParam(required = false) Integer expected, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		setup.get(id, viewer);
		Set<Long> enrolled = queries.enrolledEnterprises(id);
		List<Long> matching = directory.enterpriseIds(selection, viewer);
		long toAdd = matching.stream().filter(enterprise -> !enrolled.contains(enterprise)).count();
		if (expected == null || expected != toAdd) {
			model.addAttribute("refusal", "evaluation.voters.add.changed");
			return add(id, selection, true, null, new VoterForm(), viewer, model, locale);
		}
		try {
			EnrolmentResult result = roll.enrol(id,
					matching.stream().map(enterprise -> new Enrolment(enterprise, null)).toList(), viewer);
			redirect.addFlashAttribute("message", "evaluation.voters.added");
			redirect.addFlashAttribute("messageArguments", List.of(result.added(), result.alreadyOnRoll()));
		}
		catch (RefusedActionException ex) {
			return refused(id, ex, redirect);
		}
		catch (RejectedFieldException ex) {
			redirect.addFlashAttribute("refusal", ex.code());
			redirect.addFlashAttribute("refusalArguments", ex.arguments());
		}
		return "redirect:/evaluations/" + id + "/voters";
	}

	@PostMapping("/evaluations/{id}/voters/add-one")
	String addOne(@PathVariable long id, @Valid @ModelAttribute("voter") VoterForm form, BindingResult result,
			@RequestParam(required = false) String find, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		setup.get(id, viewer);
		if (!result.hasErrors()) {
			try {
				EnrolmentResult enrolled = roll.enrol(id,
						List.of(new Enrolment(form.getEnterpriseId(), form.getRepresentativeName())), viewer);
				redirect.addFlashAttribute("message",
						enrolled.added() > 0 ? "evaluation.voters.addedOne" : "evaluation.voters.alreadyOne");
				return "redirect:/evaluations/" + id + "/voters";
			}
			catch (RejectedFieldException ex) {
				result.rejectValue(ex.field().equals("representativeName") ? "representativeName" : "enterpriseId",
						ex.code(), ex.arguments(), ex.code());
			}
			catch (RefusedActionException ex) {
				return refused(id, ex, redirect);
			}
		}
		return add(id, EnterpriseSelection.all(), false, find, form, viewer, model, locale);
	}

	/** Issues the credentials still to issue and answers with their ZIP; there is no second chance to see them. */
	@PostMapping("/evaluations/{id}/voters/credentials")
	Object issue(@PathVariable long id, Viewer viewer, Locale locale, RedirectAttributes redirect) {
		try {
			return download(handout.issue(id, baseUrl(), viewer, locale));
		}
		catch (RefusedActionException ex) {
			return refused(id, ex, redirect);
		}
	}

	@PostMapping("/evaluations/{id}/voters/{voterId}/reissue")
	Object reissue(@PathVariable long id, @PathVariable long voterId, Viewer viewer, Locale locale,
			RedirectAttributes redirect) {
		try {
			return download(handout.reissue(id, voterId, baseUrl(), viewer, locale));
		}
		catch (RefusedActionException ex) {
			return refused(id, ex, redirect);
		}
	}

	@PostMapping("/evaluations/{id}/voters/{voterId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long voterId, Viewer viewer, RedirectAttributes redirect) {
		roll.revoke(id, voterId, viewer);
		redirect.addFlashAttribute("message", "evaluation.voters.revoked");
		return "redirect:/evaluations/" + id + "/voters";
	}

	private String add(long id, EnterpriseSelection selection, boolean check, String find, VoterForm form,
			Viewer viewer, Model model, Locale locale) {
		Campaign campaign = setup.get(id, viewer);
		Set<Long> enrolled = queries.enrolledEnterprises(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("rollOpen", rollOpen(campaign));
		model.addAttribute("selection", selection);
		model.addAttribute("choices", directory.enterpriseChoices(locale));
		model.addAttribute("voter", form);
		model.addAttribute("find", find);
		model.addAttribute("enrolled", enrolled);
		if (check) {
			List<Long> matching = directory.enterpriseIds(selection, viewer);
			long already = matching.stream().filter(enrolled::contains).count();
			model.addAttribute("matching", matching.size());
			model.addAttribute("already", already);
			model.addAttribute("toAdd", matching.size() - already);
		}
		List<EnterpriseRef> found = find == null || find.isBlank() ? List.of()
				: directory.searchEnterprises(find, FOUND_MAX + 1);
		model.addAttribute("found", found.stream().limit(FOUND_MAX).toList());
		model.addAttribute("foundMore", found.size() > FOUND_MAX);
		return ADD;
	}

	private static boolean rollOpen(Campaign campaign) {
		return campaign.getStatus() == CampaignStatus.DRAFT || campaign.getStatus() == CampaignStatus.OPEN;
	}

	private static String refused(long id, RefusedActionException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", ex.code());
		redirect.addFlashAttribute("refusalArguments", ex.arguments());
		return "redirect:/evaluations/" + id + "/voters";
	}

	/** The configured public address, or else the one this request came in at. */
	private String baseUrl() {
		String configured = properties.publicBaseUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.strip();
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static ResponseEntity<byte[]> download(Handout handout) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(handout.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(handout.zip());
	}

}
