package org.zhuqi.demand.problem;

import java.util.Locale;

/** A problem category (诉求类别) with its clock. */
public record Category(String code, String nameZh, String nameEn, int acceptDays, int resolveDays, boolean active,
		int sortOrder) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}

	public Demand.Timing timing() {
		return new Demand.Timing(acceptDays, resolveDays);
	}

}
