package org.zhuqi.directory.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The headers of import columns, from the {@code transfer} bundle: the one written into templates and exports
 * in the user's language, and every name accepted when reading a file (Chinese, English, aliases, field).
 */
@Component
class ColumnLabels {

	/** The languages whose headers every file may use, whatever the uploader's language. */
	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	ColumnLabels(MessageSource messages) {
		this.messages = messages;
	}

	String label(ImportKind kind, ImportColumn column, Locale locale) {
		return messages.getMessage(column.labelKey(kind), null, column.field(), locale);
	}

	List<String> labels(RowImporter<?> importer, Locale locale) {
		return importer.columns().stream().map(column -> label(importer.kind(), column, locale)).toList();
	}

	/** Every header a column may have in a file. */
	Set<String> names(ImportKind kind, ImportColumn column) {
		Set<String> names = new LinkedHashSet<>();
		names.add(column.field());
		for (Locale language : LANGUAGES) {
			names.add(label(kind, column, language));
			String aliases = messages.getMessage(column.aliasesKey(kind), null, "", language);
			for (String alias : aliases.split("[,，]")) {
				if (!alias.isBlank()) {
					names.add(alias.strip());
				}
			}
		}
		return names;
	}

	/** Localised headers of required fields, for a message listing missing columns. */
	List<String> labelsOf(RowImporter<?> importer, List<String> fields, Locale locale) {
		List<String> labels = new ArrayList<>();
		for (ImportColumn column : importer.columns()) {
			if (fields.contains(column.field())) {
				labels.add(label(importer.kind(), column, locale));
			}
		}
		return labels;
	}

}
