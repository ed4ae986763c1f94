package org.zhuqi.directory.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.cadre.CadreFilter;
import org.zhuqi.directory.cadre.CadreQueries;
import org.zhuqi.directory.cadre.CadreRow;
import org.zhuqi.directory.enterprise.EnterpriseQueries;
import org.zhuqi.directory.reference.ReferenceData;
import org.zhuqi.directory.support.ListSql;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.FormSubmission;

/**
 * The pairing screens of the service centre: enterprises with their cadre (unpaired ones findable), the
 * reassign page of one enterprise with an htmx cadre search and the full history, and bulk pairing of every
 * enterprise matching the filters after confirming how many match.
 */
@Controller
class PairingController {

	private static final int CANDIDATES = 10;

	private final PairingService service;

	private final PairingQueries queries;

	private final CadreQueries cadres;

	private final EnterpriseQueries enterprises;

	private final Directory directory;

	private final ReferenceData reference;

	PairingController(PairingService service, PairingQueries queries, CadreQueries cadres,
			EnterpriseQueries enterprises, Directory directory, ReferenceData reference) {
		this.service = service;
		this.queries = queries;
		this.cadres = cadres;
		this.enterprises = enterprises;
		this.directory = directory;
		this.reference = reference;
	}

	@InitBinder("pairing")
	void guard(WebDataBinder binder) {
		binder.setAllowedFields("cadreId", "reason", "cadreQ", "expected");
	}

	@GetMapping("/pairings")
	String list(PairingFilter filter, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("page", queries.search(filter, viewer, pageable, locale));
		addFilter(filter, model);
		if (htmx != null) {
			return "directory/pairings :: results";
		}
		model.addAttribute("streets", reference.streetOptions(locale));
		model.addAttribute("industries", reference.industryOptions(locale));
		model.addAttribute("tags", enterprises.knownTags());
		return "directory/pairings";
	}

	/** The htmx cadre search of the pairing forms: active cadres by name, phone or department. */
	@GetMapping("/pairings/cadres")
	String candidates(@ModelAttribute("pairing") PairingForm form, Viewer viewer, Model model) {
		PairingAccess.requireAdmin(viewer);
		addCandidates(form, viewer, model);
		return "directory/pairing :: candidates";
	}

	@GetMapping("/pairings/{enterpriseId}")
	String show(@PathVariable long enterpriseId, @ModelAttribute("pairing") PairingForm form, Viewer viewer,
			Model model, Locale locale) {
		return reassignPage(enterpriseId, form, viewer, model, locale);
	}

	@PostMapping("/pairings/{enterpriseId}")
	String reassign(@PathVariable long enterpriseId, @Valid @ModelAttribute("pairing") PairingForm form,
			BindingResult result, Viewer viewer, Model model, Locale locale, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, () -> service.pair(enterpriseId, form.getCadreId(), viewer, form.getReason()))
			.map(changed -> {
				redirect.addFlashAttribute("message", changed ? "pairing.done" : "pairing.unchanged");
				return "redirect:/pairings/" + enterpriseId;
			})
			.orElseGet(() -> reassignPage(enterpriseId, form, viewer, model, locale));
	}

	@GetMapping("/pairings/bulk")
	String bulkForm(PairingFilter filter, @ModelAttribute("pairing") PairingForm form, Viewer viewer, Model model) {
		return bulkPage(filter, form, service.count(filter, viewer), viewer, model);
	}

	@PostMapping("/pairings/bulk")
	String bulkApply(PairingFilter filter, @Valid @ModelAttribute("pairing") PairingForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		long matching = service.count(filter, viewer);
		if (form.getExpected() == null || form.getExpected() != matching) {
			result.reject("pairing.bulk.changedMeanwhile", new Object[] { matching }, null);
		}
		return FormSubmission.attempt(result, () -> service.bulkPair(filter, form.getCadreId(), viewer, form.getReason()))
			.map(done -> {
				redirect.addFlashAttribute("message", "pairing.bulk.done");
				redirect.addFlashAttribute("messageArgs", new Object[] { done.matched(), done.changed() });
				keepFilter(filter, redirect);
				return "redirect:/pairings";
			})
			.orElseGet(() -> bulkPage(filter, form, matching, viewer, model));
	}

	private String reassignPage(long enterpriseId, PairingForm form, Viewer viewer, Model model, Locale locale) {
		model.addAttribute("enterprise", queries.enterprise(enterpriseId, viewer, locale)
			.orElseThrow(() -> new RecordNotFoundException("enterprise", enterpriseId)));
		model.addAttribute("pairedSince", queries.pairedSince(enterpriseId, viewer).orElse(null));
		model.addAttribute("history", queries.history(enterpriseId, viewer));
		addCandidates(form, viewer, model);
		return "directory/pairing";
	}

	private String bulkPage(PairingFilter filter, PairingForm form, long matching, Viewer viewer, Model model) {
		form.setExpected(matching);
		model.addAttribute("matching", matching);
		addFilter(filter, model);
		addCandidates(form, viewer, model);
		return "directory/pairing-bulk";
	}

	private void addFilter(PairingFilter filter, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("filterCadre", filter.cadre() == null ? null : directory.cadre(filter.cadre()).orElse(null));
	}

	/** Active cadres matching {@code cadreQ}, with the chosen one kept in the list. */
	private void addCandidates(PairingForm form, Viewer viewer, Model model) {
		Page<CadreRow> found = ListSql.blank(form.getCadreQ()) ? Page.empty()
				: cadres.search(CadreFilter.candidates(form.getCadreQ()), viewer, PageRequest.of(0, CANDIDATES));
		List<CadreRow> candidates = new ArrayList<>(found.getContent());
		Long chosen = form.getCadreId();
		if (chosen != null && candidates.stream().noneMatch(candidate -> candidate.id() == chosen)) {
			cadres.find(chosen, viewer).ifPresent(candidate -> candidates.add(0, candidate));
		}
		model.addAttribute("candidates", candidates);
		model.addAttribute("moreCandidates", found.getTotalElements() - found.getNumberOfElements());
	}

	private static void keepFilter(PairingFilter filter, RedirectAttributes redirect) {
		addIfPresent(redirect, "q", filter.q());
		addIfPresent(redirect, "street", filter.street());
		addIfPresent(redirect, "industry", filter.industry());
		addIfPresent(redirect, "tag", filter.tag());
		addIfPresent(redirect, "cadre", filter.cadre());
		addIfPresent(redirect, "unpaired", filter.unpaired());
		addIfPresent(redirect, "sort", filter.sort());
	}

	private static void addIfPresent(RedirectAttributes redirect, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			redirect.addAttribute(name, value);
		}
	}

}
