package org.zhuqi.directory.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.zhuqi.directory.reference.SizeClass;

/**
 * An enterprise of the demo data with the cadre it is paired with.
 *
 * @param uscc a valid unified social credit code
 * @param streetCode a code of the {@code street} table
 * @param industryCode a GB/T 4754 section letter
 * @param registeredCapital in whole yuan
 * @param tags zero to three labels such as 高新技术企业
 * @param cadrePhone the phone of the paired {@link DemoCadre}, {@code null} before pairing
 */
record DemoEnterprise(String uscc, String name, String streetCode, String industryCode, SizeClass sizeClass,
		BigDecimal registeredCapital, LocalDate foundedOn, String contactName, String contactPhone,
		List<String> tags, String cadrePhone) {

	DemoEnterprise pairedWith(String phone) {
		return new DemoEnterprise(uscc, name, streetCode, industryCode, sizeClass, registeredCapital, foundedOn,
				contactName, contactPhone, tags, phone);
	}

}
