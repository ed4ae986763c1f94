package org.zhuqi.directory;

/** A district department or street office as other modules see it. */
public record DepartmentRef(long id, String code, String name, String kind, boolean active) {
}
