package org.zhuqi.directory.department;

/**
 * What kind of district unit a department is: a bureau of the district government (区级部门, e.g. 区发改局),
 * a street or town office (街道/镇), or another unit.
 */
public enum DepartmentKind {

	BUREAU, STREET, OTHER;

	/** Parses the code or a Chinese name (部门/局, 街道/镇, 其他), as found in import files; else {@code null}. */
	public static DepartmentKind parse(String raw) {
		String value = raw == null ? "" : raw.strip();
		for (DepartmentKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value)) {
				return kind;
			}
		}
		return switch (value) {
			case "部门", "区级部门", "局", "委办局" -> BUREAU;
			case "街道", "镇", "街道/镇", "乡镇" -> STREET;
			case "其他", "其它" -> OTHER;
			default -> null;
		};
	}

}
