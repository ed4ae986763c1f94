package org.zhuqi.directory.reference;

import java.util.Locale;

/** A street (街道) or town (镇) of the district. */
public record Street(String code, String nameZh, String nameEn, boolean town) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
