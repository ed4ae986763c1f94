package org.zhuqi.demand.problem;

import java.time.LocalDate;

/** A visit record (走访记录) as filing needs it: whose enterprise, when, and what the cadre noted. */
public record VisitNote(long id, long cadreId, long enterpriseId, LocalDate visitedOn, String notes) {
}
