package org.zhuqi.demand.visit;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A liaison cadre's visit to one of its paired enterprises (走访记录): when, and what the cadre noted. A visit
 * is a record of what happened, so it is written once and not edited.
 */
@Table("visit")
class Visit {

	@Id
	private Long id;

	private long cadreId;

	private long enterpriseId;

	private LocalDate visitedOn;

	private String notes;

	private String createdBy;

	private Instant createdAt;

	Visit() {
	}

	static Visit record(long cadreId, long enterpriseId, LocalDate visitedOn, String notes, String createdBy,
			Instant now) {
		Visit visit = new Visit();
		visit.cadreId = cadreId;
		visit.enterpriseId = enterpriseId;
		visit.visitedOn = visitedOn;
		visit.notes = notes;
		visit.createdBy = createdBy;
		visit.createdAt = now;
		return visit;
	}

	Long getId() {
		return id;
	}

	long getCadreId() {
		return cadreId;
	}

	long getEnterpriseId() {
		return enterpriseId;
	}

	LocalDate getVisitedOn() {
		return visitedOn;
	}

	String getNotes() {
		return notes;
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
