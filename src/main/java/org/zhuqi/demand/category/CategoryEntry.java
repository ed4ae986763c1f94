package org.zhuqi.demand.category;

/** A problem category as its editor sees it, with the version that guards against concurrent edits. */
public record CategoryEntry(String code, String nameZh, String nameEn, int acceptDays, int resolveDays,
		boolean active, int sortOrder, int version) {
}
