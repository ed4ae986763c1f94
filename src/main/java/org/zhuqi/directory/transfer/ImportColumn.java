package org.zhuqi.directory.transfer;

/**
 * One column of an import file, named after the form field it fills (so that a Bean Validation violation or
 * a {@link org.zhuqi.shared.RejectedFieldException} on that field lands in this column). Its headers come
 * from the {@code transfer} bundle: {@code import.column.<kind>.<field>} in Chinese and English, plus
 * optional comma-separated {@code ….aliases}.
 *
 * @param field the form field, e.g. {@code uscc}
 * @param required whether a file without this column is refused as a whole
 */
public record ImportColumn(String field, boolean required) {

	public static ImportColumn required(String field) {
		return new ImportColumn(field, true);
	}

	public static ImportColumn optional(String field) {
		return new ImportColumn(field, false);
	}

	/** The message key of this column's header for a kind of import. */
	public String labelKey(ImportKind kind) {
		return "import.column." + kind.slug() + "." + field;
	}

	/** The message key of other headers accepted for this column. */
	public String aliasesKey(ImportKind kind) {
		return labelKey(kind) + ".aliases";
	}

}
