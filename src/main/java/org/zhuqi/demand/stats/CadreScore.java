package org.zhuqi.demand.stats;

import java.math.BigDecimal;

/**
 * One liaison cadre's place in the best-cadre ranking (最佳联企干部) with the components of its score, as
 * {@link CadreRanking} computes it. Rates are decimals from 0 to 1 ({@code null}: no data, scored as 0).
 *
 * @param rank 1 for the best; cadres equal on score, volume and satisfaction share a rank (1, 2, 2, 4)
 * @param volume problems of the cadre's enterprises that were coordinated in the period
 * @param volumeShare {@code volume} divided by the largest volume of a ranked cadre
 * @param score 0 to 100, two places
 * @param figures all figures of the cadre's problems
 */
public record CadreScore(int rank, long cadreId, long volume, BigDecimal volumeShare, BigDecimal resolutionRate,
		BigDecimal timelinessRate, BigDecimal satisfactionRate, BigDecimal score, Figures figures) {
}
