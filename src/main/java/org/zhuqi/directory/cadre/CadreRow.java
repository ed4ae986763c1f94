package org.zhuqi.directory.cadre;

/**
 * A liaison cadre as lists and the JSON API show it: its details, its department and how many enterprises
 * it is currently paired with.
 */
public record CadreRow(long id, String name, String phone, String title, boolean active, long departmentId,
		String departmentCode, String departmentName, long enterpriseCount, int version) {
}
