package org.zhuqi.demand.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The best-cadre ranking (最佳联企干部), plain Java. A cadre is ranked once its enterprises' coordinated
 * problems reach the minimum volume; its score out of 100 weighs
 * <ul>
 * <li>volume 25%: its coordinated problems as a share of the largest volume among ranked cadres,</li>
 * <li>resolution 30%: its resolution rate,</li>
 * <li>timeliness 20%: the share of its resolved problems resolved by their deadline,</li>
 * <li>satisfaction 25%: its satisfaction rate over ratings that count.</li>
 * </ul>
 * A rate without data scores 0: the ranking rewards results shown. Higher score first; an equal score (to two
 * places) goes to the higher volume, then the higher satisfaction; cadres equal on all three share the rank
 * (1, 2, 2, 4) and are listed by cadre id.
 */
public final class CadreRanking {

	/** Coordinated problems a cadre needs to be ranked at all. */
	public static final int MINIMUM_VOLUME = 5;

	static final BigDecimal VOLUME_WEIGHT = new BigDecimal("0.25");

	static final BigDecimal RESOLUTION_WEIGHT = new BigDecimal("0.30");

	static final BigDecimal TIMELINESS_WEIGHT = new BigDecimal("0.20");

	static final BigDecimal SATISFACTION_WEIGHT = new BigDecimal("0.25");

	private static final Comparator<CadreScore> ORDER = Comparator.comparing(CadreScore::score)
		.thenComparingLong(CadreScore::volume)
		.thenComparing(score -> orZero(score.satisfactionRate()))
		.reversed()
		.thenComparingLong(CadreScore::cadreId);

	private CadreRanking() {
	}

	/**
	 * Ranks the cadres with at least {@code minimumVolume} coordinated problems.
	 * @param figuresByCadre each cadre's figures, by cadre id
	 * @return the ranked cadres, best first; cadres below the minimum are left out
	 */
	public static List<CadreScore> rank(Map<Long, Figures> figuresByCadre, int minimumVolume) {
		long largest = figuresByCadre.values()
			.stream()
			.mapToLong(Figures::coordinated)
			.filter(volume -> volume >= minimumVolume)
			.max()
			.orElse(0);
		List<CadreScore> unranked = new ArrayList<>();
		figuresByCadre.forEach((cadre, figures) -> {
			if (figures.coordinated() >= minimumVolume && figures.coordinated() > 0) {
				unranked.add(score(cadre, figures, largest));
			}
		});
		unranked.sort(ORDER);
		List<CadreScore> ranked = new ArrayList<>(unranked.size());
		for (int i = 0; i < unranked.size(); i++) {
			CadreScore score = unranked.get(i);
			int rank = i > 0 && tied(unranked.get(i - 1), score) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new CadreScore(rank, score.cadreId(), score.volume(), score.volumeShare(),
					score.resolutionRate(), score.timelinessRate(), score.satisfactionRate(), score.score(),
					score.figures()));
		}
		return ranked;
	}

	private static CadreScore score(long cadre, Figures figures, long largest) {
		BigDecimal share = Figures.rate(figures.coordinated(), largest);
		BigDecimal score = VOLUME_WEIGHT.multiply(orZero(share))
			.add(RESOLUTION_WEIGHT.multiply(orZero(figures.resolutionRate())))
			.add(TIMELINESS_WEIGHT.multiply(orZero(figures.timelinessRate())))
			.add(SATISFACTION_WEIGHT.multiply(orZero(figures.satisfactionRate())))
			.movePointRight(2)
			.setScale(2, RoundingMode.HALF_UP);
		return new CadreScore(0, cadre, figures.coordinated(), share, figures.resolutionRate(),
				figures.timelinessRate(), figures.satisfactionRate(), score, figures);
	}

	private static boolean tied(CadreScore a, CadreScore b) {
		return a.score().compareTo(b.score()) == 0 && a.volume() == b.volume()
				&& orZero(a.satisfactionRate()).compareTo(orZero(b.satisfactionRate())) == 0;
	}

	private static BigDecimal orZero(BigDecimal rate) {
		return rate == null ? BigDecimal.ZERO : rate;
	}

}
