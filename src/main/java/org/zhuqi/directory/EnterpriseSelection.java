package org.zhuqi.directory;

import java.util.List;

/**
 * A choice of enterprises by the same criteria as the directory's enterprise list, for other modules that act
 * on many enterprises at once (e.g. enrolling voters): free text {@code q} matches the name or the start of the
 * credit code; street, industry section, size class and tag are exact codes. Blank values do not filter; an
 * unknown size class matches nothing.
 */
public record EnterpriseSelection(String q, String street, String industry, String size, String tag) {

	public static EnterpriseSelection all() {
		return new EnterpriseSelection(null, null, null, null, null);
	}

	/** Whether no criterion is given, so that the selection is the whole directory. */
	public boolean isEmpty() {
		return blank(q) && blank(street) && blank(industry) && blank(size) && blank(tag);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** One value to choose for a criterion: the code a selection carries and its label in the user's language. */
	public record Choice(String code, String label) {
	}

	/** The values offered for each criterion. */
	public record Choices(List<Choice> streets, List<Choice> industries, List<Choice> sizes, List<Choice> tags) {
	}

}
