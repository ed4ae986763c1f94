package org.zhuqi.directory.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * What an import file holds, one kind per file. The names match the {@code import_job.kind} column; a kind
 * is offered on the import page once a {@link RowImporter} for it exists.
 */
public enum ImportKind {

	ENTERPRISE, DEPARTMENT, CADRE, PAIRING;

	/** The lower-case name used in addresses and message keys, e.g. {@code enterprise}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ImportKind> fromSlug(String slug) {
		for (ImportKind kind : values()) {
			if (kind.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
