package org.zhuqi.demand;

/**
 * Published inside the transaction of every action on a problem (诉求), for listeners such as the
 * notifications and the dashboard.
 *
 * @param action the {@code DemandAction} name, e.g. {@code ASSIGN}, {@code RATE}
 * @param fromState the state before, {@code null} when filed
 * @param toState the state after
 * @param enterpriseId the enterprise, {@code null} for a problem without one (e.g. an evaluation rectification)
 * @param leadDepartmentId the lead department after the action, if any
 */
public record DemandChanged(long demandId, String action, String fromState, String toState, Long enterpriseId,
		Long cadreId, Long leadDepartmentId, String actor) {
}
