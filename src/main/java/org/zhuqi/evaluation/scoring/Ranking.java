package org.zhuqi.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks units by score, higher first. <b>Tie rule:</b> units whose scores are equal to the last published
 * decimal place share a rank and the next rank is skipped (standard competition ranking: 1, 2, 2, 4); there is
 * no hidden tie-breaker. Tied units keep the order they were given in (the campaign's order of departments).
 * Units without a score (no ballots) get no rank and come last, in the order given.
 */
public final class Ranking {

	private Ranking() {
	}

	/**
	 * The units best first, each with its rank.
	 * @param units the units in their given order (used among ties)
	 * @param score a unit's score, {@code null} for none
	 */
	public static <T> List<Ranked<T>> rank(List<T> units, Function<T, BigDecimal> score) {
		List<T> scored = new ArrayList<>();
		List<T> unscored = new ArrayList<>();
		for (T unit : units) {
			(score.apply(unit) == null ? unscored : scored).add(unit);
		}
		// List.sort is stable, so tied units keep their given order
		scored.sort(Comparator.comparing(score).reversed());
		List<Ranked<T>> ranked = new ArrayList<>(units.size());
		for (int i = 0; i < scored.size(); i++) {
			T unit = scored.get(i);
			boolean tied = i > 0 && score.apply(scored.get(i - 1)).compareTo(score.apply(unit)) == 0;
			ranked.add(new Ranked<>(unit, tied ? ranked.get(i - 1).rank() : Integer.valueOf(i + 1)));
		}
		unscored.forEach(unit -> ranked.add(new Ranked<>(unit, null)));
		return ranked;
	}

	/**
	 * A unit with its rank.
	 * @param unit the unit
	 * @param rank its rank from 1, {@code null} when it has no score
	 */
	public record Ranked<T>(T unit, Integer rank) {
	}

}
