package org.zhuqi.demand.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The figures pages: {@code /stats/demands} (the figures of the viewer's scope with tables per lead
 * department, street, category and liaison cadre, sortable by any column) and {@code /stats/cadres} (the
 * best-cadre ranking, 最佳联企干部, for the service centre). A bad filter is shown on the page beside the
 * filter form instead of figures.
 */
@Controller
class StatsController {

	private final DemandStatistics statistics;

	private final Directory directory;

	private final MessageSource messages;

	StatsController(DemandStatistics statistics, Directory directory, MessageSource messages) {
		this.statistics = statistics;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/stats/demands")
	String demands(@ModelAttribute("statsFilter") StatsFilter filter, BindingResult binding,
			@RequestParam Map<String, String> values, @RequestParam(required = false) String sort,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		model.addAttribute("values", values);
		model.addAttribute("sort", sort);
		model.addAttribute("canRank", statistics.canRank(viewer));
		Optional<StatsReport> computed = attempt(binding, model, locale, () -> statistics.report(filter, viewer, locale));
		if (computed.isPresent()) {
			StatsReport report = computed.get();
			model.addAttribute("report", report);
			model.addAttribute("byDepartment", BreakdownOrder.sort(report.byDepartment(), sort, locale));
			model.addAttribute("byStreet", BreakdownOrder.sort(report.byStreet(), sort, locale));
			model.addAttribute("byCategory", BreakdownOrder.sort(report.byCategory(), sort, locale));
			model.addAttribute("byCadre", page(BreakdownOrder.sort(report.byCadre(), sort, locale), pageable));
			if (htmx != null) {
				return "stats/demands :: cadres";
			}
		}
		addChoices(model, viewer, locale);
		return "stats/demands";
	}

	@GetMapping("/stats/cadres")
	String cadres(@ModelAttribute("statsFilter") StatsFilter filter, BindingResult binding,
			@RequestParam Map<String, String> values, @PageableDefault(size = 50) Pageable pageable, Viewer viewer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		StatsAccess.requireRanking(viewer);
		model.addAttribute("values", values);
		model.addAttribute("minimumVolume", CadreRanking.MINIMUM_VOLUME);
		Optional<List<RankedCadre>> ranking = attempt(binding, model, locale, () -> statistics.ranking(filter, viewer));
		if (ranking.isPresent()) {
			model.addAttribute("ranking", page(ranking.get(), pageable));
			if (htmx != null) {
				return "stats/cadres :: ranking";
			}
		}
		addChoices(model, viewer, locale);
		return "stats/cadres";
	}

	/**
	 * The result, or empty when the filter was refused; then the model holds {@code filterErrors}, the messages
	 * by field, for the filter form.
	 */
	private <T> Optional<T> attempt(BindingResult binding, Model model, Locale locale, Supplier<T> result) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
		if (errors.isEmpty()) {
			try {
				return Optional.of(result.get());
			}
			catch (RejectedFieldException ex) {
				errors.put(ex.field(), messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale));
			}
		}
		model.addAttribute("filterErrors", errors);
		return Optional.empty();
	}

	private void addChoices(Model model, Viewer viewer, Locale locale) {
		if (viewer.isAdmin()) {
			model.addAttribute("departments", directory.activeDepartments()
				.stream()
				.map(department -> new DemandStatistics.Choice(String.valueOf(department.id()), department.name()))
				.toList());
		}
		model.addAttribute("streets", statistics.streets(locale));
	}

	private static <T> Page<T> page(List<T> rows, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
	}

}
