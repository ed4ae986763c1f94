package org.zhuqi.demand.stats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.demand.problem.Categories;
import org.zhuqi.demand.problem.Category;
import org.zhuqi.demand.problem.Deadlines;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * The figures of the demand module for a viewer: checks the filter, narrows it to the viewer's scope
 * ({@link StatsAccess}), streams the problems once through {@link DemandFigures} (per group for the
 * breakdowns) and names the rows. The best-cadre ranking is {@link CadreRanking} over the per-cadre figures.
 */
@Service
@Transactional(readOnly = true)
public class DemandStatistics {

	private final StatsQueries queries;

	private final Deadlines deadlines;

	private final Directory directory;

	private final Categories categories;

	private final Clock clock;

	DemandStatistics(StatsQueries queries, Deadlines deadlines, Directory directory, Categories categories,
			Clock clock) {
		this.queries = queries;
		this.deadlines = deadlines;
		this.directory = directory;
		this.categories = categories;
		this.clock = clock;
	}

	/** The figures of the problems of the filter within the viewer's scope. */
	public Figures figures(StatsFilter filter, Viewer viewer) {
		return summary(filter, viewer).figures();
	}

	/** The figures with the scoped filter and the moment they were computed at, without breakdowns. */
	public StatsReport summary(StatsFilter filter, Viewer viewer) {
		StatsFilter scoped = checked(filter, viewer);
		Instant now = clock.instant();
		DemandFigures figures = newFigures(now);
		queries.forEachFact(scoped, figures::add);
		return new StatsReport(scoped, now, figures.figures(queries.meetings(scoped)), List.of(), List.of(), List.of(),
				List.of());
	}

	/** The figures with their breakdowns per lead department, street, category and cadre, rows named. */
	public StatsReport report(StatsFilter filter, Viewer viewer, Locale locale) {
		StatsFilter scoped = checked(filter, viewer);
		Instant now = clock.instant();
		DemandFigures total = newFigures(now);
		Map<Dimension, Map<String, DemandFigures>> groups = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			groups.put(dimension, new HashMap<>());
		}
		queries.forEachFact(scoped, fact -> {
			total.add(fact);
			groups.forEach((dimension, rows) -> rows.computeIfAbsent(dimension.keyOf(fact), key -> newFigures(now))
				.add(fact));
		});
		Map<Dimension, List<BreakdownRow>> rows = new EnumMap<>(Dimension.class);
		groups.forEach((dimension, figures) -> rows.put(dimension,
				rows(figures, queries.meetingsBy(scoped, dimension), labels(dimension, figures.keySet(), locale))));
		return new StatsReport(scoped, now, total.figures(queries.meetings(scoped)), rows.get(Dimension.DEPARTMENT),
				rows.get(Dimension.STREET), rows.get(Dimension.CATEGORY), rows.get(Dimension.CADRE));
	}

	/**
	 * The best-cadre ranking (最佳联企干部) over the problems of the filter, best first; only the service
	 * centre may see it. Cadres below {@link CadreRanking#MINIMUM_VOLUME} coordinated problems are left out.
	 */
	public List<RankedCadre> ranking(StatsFilter filter, Viewer viewer) {
		StatsAccess.requireRanking(viewer);
		StatsFilter scoped = checked(filter, viewer);
		Instant now = clock.instant();
		Map<Long, DemandFigures> byCadre = new HashMap<>();
		queries.forEachFact(scoped, fact -> {
			if (fact.cadreId() != null) {
				byCadre.computeIfAbsent(fact.cadreId(), id -> newFigures(now)).add(fact);
			}
		});
		Map<Long, Figures> figures = byCadre.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().figures(0)));
		List<RankedCadre> ranked = new ArrayList<>();
		for (CadreScore score : CadreRanking.rank(figures, CadreRanking.MINIMUM_VOLUME)) {
			Optional<CadreRef> cadre = directory.cadre(score.cadreId());
			ranked.add(new RankedCadre(score, cadre.map(CadreRef::name).orElse(null),
					cadre.map(CadreRef::departmentName).orElse(null)));
		}
		return ranked;
	}

	/** Whether the viewer may see the best-cadre ranking. */
	public boolean canRank(Viewer viewer) {
		return StatsAccess.canRank(viewer);
	}

	/** The district's streets and towns for a filter, in the viewer's language. */
	public List<Choice> streets(Locale locale) {
		return queries.streets().stream().map(street -> new Choice(street.code(), street.name(locale))).toList();
	}

	/** A value of a filter select: its code and label. */
	public record Choice(String code, String label) {
	}

	/** The filter narrowed to the viewer's scope, after checking that what it names exists. */
	private StatsFilter checked(StatsFilter filter, Viewer viewer) {
		StatsFilter scoped = StatsAccess.scoped(viewer, filter == null ? StatsFilter.all() : filter);
		if (scoped.reversed()) {
			throw new RejectedFieldException("to", "stats.filter.reversed");
		}
		if (scoped.department() != null && directory.department(scoped.department()).isEmpty()) {
			throw new RejectedFieldException("department", "stats.filter.department.unknown", scoped.department());
		}
		if (scoped.street() != null
				&& queries.streets().stream().noneMatch(street -> street.code().equals(scoped.street()))) {
			throw new RejectedFieldException("street", "stats.filter.street.unknown", scoped.street());
		}
		if (scoped.cadre() != null && directory.cadre(scoped.cadre()).isEmpty()) {
			throw new RejectedFieldException("cadre", "stats.filter.cadre.unknown", scoped.cadre());
		}
		return scoped;
	}

	private DemandFigures newFigures(Instant now) {
		return new DemandFigures(now, deadlines::workingDaysBetween);
	}

	private static List<BreakdownRow> rows(Map<String, DemandFigures> figures, Map<String, Long> meetings,
			Map<String, String> labels) {
		return figures.entrySet()
			.stream()
			.map(entry -> new BreakdownRow(entry.getKey(), labels.get(entry.getKey()),
					entry.getValue().figures(meetings.getOrDefault(entry.getKey(), 0L))))
			.toList();
	}

	private Map<String, String> labels(Dimension dimension, Set<String> keys, Locale locale) {
		return switch (dimension) {
			case DEPARTMENT -> byKey(directory.departmentNames(ids(keys)));
			case CADRE -> byKey(directory.cadreNames(ids(keys)));
			case STREET -> queries.streets()
				.stream()
				.collect(Collectors.toMap(StatsQueries.StreetName::code, street -> street.name(locale)));
			case CATEGORY -> categories.all()
				.stream()
				.collect(Collectors.toMap(Category::code, category -> category.name(locale)));
		};
	}

	private static List<Long> ids(Set<String> keys) {
		return keys.stream().filter(key -> !Dimension.NONE.equals(key)).map(Long::valueOf).toList();
	}

	private static Map<String, String> byKey(Map<Long, String> names) {
		return names.entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().toString(), Map.Entry::getValue));
	}

}
