package org.zhuqi.directory.reference;

/**
 * Enterprise size class (企业规模) after the statistical division of large, medium, small and micro
 * enterprises (大型/中型/小型/微型).
 */
public enum SizeClass {

	LARGE, MEDIUM, SMALL, MICRO;

	/** Parses the code or the Chinese one-character name (大/中/小/微), as found in import files. */
	public static SizeClass parse(String raw) {
		String value = raw == null ? "" : raw.strip();
		for (SizeClass size : values()) {
			if (size.name().equalsIgnoreCase(value)) {
				return size;
			}
		}
		return switch (value) {
			case "大", "大型" -> LARGE;
			case "中", "中型" -> MEDIUM;
			case "小", "小型" -> SMALL;
			case "微", "微型" -> MICRO;
			default -> null;
		};
	}

}
