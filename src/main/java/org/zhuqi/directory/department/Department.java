package org.zhuqi.directory.department;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A district unit that handles enterprise problems and is graded by enterprises: a bureau (区级部门) or a
 * street/town office (街道/镇). Identified by its short code; deactivated units keep their cadres and
 * history but take no new cadres.
 */
@Table("department")
public class Department {

	@Id
	private Long id;

	@Version
	private Integer version;

	private String code;

	private String name;

	private DepartmentKind kind;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	Department() {
	}

	static Department establish(DepartmentDetails details, Instant now) {
		Department department = new Department();
		department.code = details.code();
		department.name = details.name();
		department.kind = details.kind();
		department.active = details.active();
		department.createdAt = now;
		department.updatedAt = now;
		return department;
	}

	/**
	 * Applies new details and returns the names of the fields that changed (empty when nothing did, in which
	 * case nothing needs to be written).
	 */
	List<String> revise(DepartmentDetails details, Instant now) {
		List<String> changed = new ArrayList<>();
		compare(changed, "code", code, details.code());
		compare(changed, "name", name, details.name());
		compare(changed, "kind", kind, details.kind());
		compare(changed, "active", active, details.active());
		if (!changed.isEmpty()) {
			code = details.code();
			name = details.name();
			kind = details.kind();
			active = details.active();
			updatedAt = now;
		}
		return changed;
	}

	/** Reopens the department to new cadres; says whether anything changed. */
	boolean activate(Instant now) {
		return setActive(true, now);
	}

	/** Closes the department to new cadres; says whether anything changed. */
	boolean deactivate(Instant now) {
		return setActive(false, now);
	}

	private boolean setActive(boolean value, Instant now) {
		if (active == value) {
			return false;
		}
		active = value;
		updatedAt = now;
		return true;
	}

	private static void compare(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

	public Long getId() {
		return id;
	}

	public Integer getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public DepartmentKind getKind() {
		return kind;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
