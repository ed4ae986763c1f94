package org.zhuqi.demand.stats;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which problems the figures count: those filed (submitted) from {@code from} to {@code to}, both days
 * included, in the district's time zone; both optional. {@code department} is the lead department (牵头部门),
 * {@code street} the enterprise's street recorded on the problem.
 */
public record StatsFilter(
		@Parameter(description = "first day of the period (ISO date, included); empty: from the beginning")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Parameter(description = "last day of the period (ISO date, included); empty: up to now")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Parameter(description = "lead department id; a department user gets its own department only") Long department,
		@Parameter(description = "street code, e.g. XIHU") String street) {

	public StatsFilter {
		street = street == null || street.isBlank() ? null : street.strip();
	}

	/** All problems ever filed. */
	public static StatsFilter all() {
		return new StatsFilter(null, null, null, null);
	}

	/** Whether the period ends before it starts. */
	public boolean reversed() {
		return from != null && to != null && to.isBefore(from);
	}

	public StatsFilter withDepartment(Long departmentId) {
		return new StatsFilter(from, to, departmentId, street);
	}

}
