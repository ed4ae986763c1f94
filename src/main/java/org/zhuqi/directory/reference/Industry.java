package org.zhuqi.directory.reference;

import java.util.Locale;

/** A GB/T 4754-2017 industry section (门类), A to T. */
public record Industry(String code, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

}
