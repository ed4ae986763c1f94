package org.zhuqi.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's attributes as other modules match rules against them (e.g. policy eligibility): codes of its
 * street, industry section and size class, registered capital in yuan, founding date, tags, paired cadre.
 */
public record EnterpriseProfileRef(long id, String name, String uscc, String streetCode, String industryCode,
		String sizeClass, BigDecimal registeredCapital, LocalDate foundedOn, List<String> tags, Long cadreId) {

	public EnterpriseProfileRef {
		tags = List.copyOf(tags);
	}

	EnterpriseProfileRef withTags(List<String> tags) {
		return new EnterpriseProfileRef(id, name, uscc, streetCode, industryCode, sizeClass, registeredCapital,
				foundedOn, tags, cadreId);
	}

}
