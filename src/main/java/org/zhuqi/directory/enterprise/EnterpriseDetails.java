package org.zhuqi.directory.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.zhuqi.directory.reference.PhoneNumbers;
import org.zhuqi.directory.reference.SizeClass;
import org.zhuqi.directory.reference.Uscc;

/**
 * Validated, normalised enterprise details: upper-case USCC, canonical phone, capital to the fen, tags
 * split and de-duplicated. Built from an {@link EnterpriseForm} after Bean Validation passed.
 */
public record EnterpriseDetails(String uscc, String name, String streetCode, String industryCode,
		SizeClass sizeClass, BigDecimal registeredCapital, LocalDate foundedOn, String contactName,
		String contactPhone, Set<String> tags) {

	/** Tags may be separated by commas, Chinese commas, enumeration commas, semicolons or spaces. */
	private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；\\s]+");

	public static final int MAX_TAGS = 10;

	public static final int MAX_TAG_LENGTH = 32;

	public static EnterpriseDetails from(EnterpriseForm form) {
		return new EnterpriseDetails(Uscc.normalize(form.getUscc()), form.getName().strip(),
				form.getStreetCode().strip().toUpperCase(Locale.ROOT),
				form.getIndustryCode().strip().toUpperCase(Locale.ROOT), form.getSizeClass(),
				form.getRegisteredCapital().setScale(2, java.math.RoundingMode.UNNECESSARY), form.getFoundedOn(),
				form.getContactName().strip(),
				PhoneNumbers.canonical(form.getContactPhone()).orElse(form.getContactPhone().strip()),
				splitTags(form.getTags()));
	}

	/** Splits, trims and de-duplicates tags, keeping their order. */
	public static Set<String> splitTags(Collection<String> raw) {
		Set<String> tags = new LinkedHashSet<>();
		if (raw != null) {
			for (String entry : raw) {
				if (entry != null) {
					for (String tag : TAG_SEPARATORS.split(entry.strip())) {
						if (!tag.isBlank()) {
							tags.add(tag.strip());
						}
					}
				}
			}
		}
		return tags;
	}

}
