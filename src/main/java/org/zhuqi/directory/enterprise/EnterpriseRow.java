package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhuqi.directory.reference.SizeClass;

/**
 * An enterprise as lists, the JSON API and exports show it: its details plus names of the street,
 * industry and paired cadre.
 */
public record EnterpriseRow(long id, String uscc, String name, String streetCode, String streetName,
		String industryCode, String industryName, SizeClass sizeClass, BigDecimal registeredCapital,
		LocalDate foundedOn, String contactName, String contactPhone, List<String> tags, Long cadreId,
		String cadreName, String cadrePhone, String cadreDepartment, int version) {

	EnterpriseRow withTags(List<String> newTags) {
		return new EnterpriseRow(id, uscc, name, streetCode, streetName, industryCode, industryName, sizeClass,
				registeredCapital, foundedOn, contactName, contactPhone, List.copyOf(newTags), cadreId, cadreName,
				cadrePhone, cadreDepartment, version);
	}

}
