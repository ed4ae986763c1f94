/**
 * The figures of the demand module, computed from the problems themselves and never typed in: totals,
 * coordination (协调), resolution (办结) and satisfaction (满意) rates, their breakdowns per lead department,
 * street, category and liaison cadre, and the best-cadre ranking (最佳联企干部). The definitions are written
 * down in {@code docs/metrics.md} and live in plain Java ({@link org.zhuqi.demand.stats.DemandFact},
 * {@link org.zhuqi.demand.stats.DemandFigures}, {@link org.zhuqi.demand.stats.CadreRanking}).
 * <p>
 * This package is the {@code demand::stats} named interface: other modules (the dashboard) call
 * {@link org.zhuqi.demand.stats.DemandStatistics} and read its records.
 */
@org.springframework.modulith.NamedInterface("stats")
package org.zhuqi.demand.stats;
