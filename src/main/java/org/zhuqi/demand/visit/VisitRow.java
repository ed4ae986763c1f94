package org.zhuqi.demand.visit;

import java.time.LocalDate;

/** A visit as the list shows it, with the names it refers to and how many problems were filed from it. */
public record VisitRow(long id, LocalDate visitedOn, long enterpriseId, String enterpriseName, long cadreId,
		String cadreName, String notes, int demands) {
}
