package org.zhuqi.directory;

/** A liaison cadre (联企干部) as other modules see it. */
public record CadreRef(long id, String name, String phone, long departmentId, String departmentName,
		boolean active) {
}
