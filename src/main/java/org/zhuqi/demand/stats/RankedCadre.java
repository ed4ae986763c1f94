package org.zhuqi.demand.stats;

/**
 * One line of the best-cadre ranking (最佳联企干部) as the pages and the export show it: the score with the
 * cadre's name and department.
 */
public record RankedCadre(CadreScore score, String name, String departmentName) {
}
