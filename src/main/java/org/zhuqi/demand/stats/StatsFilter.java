package org.zhuqi.demand.stats;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Which problems the figures count: those filed (submitted) from {@code from} to {@code to}, both days
 * included, in the district's time zone; all optional. {@code department} is the lead department (牵头部门),
 * {@code street} the enterprise's street and {@code cadre} its liaison cadre, as recorded on the problem.
 * Who may ask for which filter is {@link StatsAccess}'s business.
 */
public record StatsFilter(
		@Parameter(description = "first day of the period, ISO date (filing date, included); empty: from the beginning")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@Parameter(description = "last day of the period, ISO date (included); empty: up to now")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Parameter(description = "lead department id; a department user may give only its own") Long department,
		@Parameter(description = "street code of the enterprise, e.g. XIHU") String street,
		@Parameter(description = "liaison cadre id; a cadre user always gets its own") Long cadre) {

	public StatsFilter {
		street = street == null || street.isBlank() ? null : street.strip();
	}

	/** All problems ever filed. */
	public static StatsFilter all() {
		return new StatsFilter(null, null, null, null, null);
	}

	/** Problems filed in the period, both days included. */
	public static StatsFilter between(LocalDate from, LocalDate to) {
		return new StatsFilter(from, to, null, null, null);
	}

	/** Whether the period ends before it starts. */
	public boolean reversed() {
		return from != null && to != null && to.isBefore(from);
	}

	public StatsFilter withDepartment(Long departmentId) {
		return new StatsFilter(from, to, departmentId, street, cadre);
	}

	public StatsFilter withStreet(String streetCode) {
		return new StatsFilter(from, to, department, streetCode, cadre);
	}

	public StatsFilter withCadre(Long cadreId) {
		return new StatsFilter(from, to, department, street, cadreId);
	}

}
