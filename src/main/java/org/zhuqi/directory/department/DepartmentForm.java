package org.zhuqi.directory.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person types to create or edit a department, on the page form and as the JSON API body. Bean
 * Validation checks the shape; {@link DepartmentService} checks that code and name are unique.
 */
public class DepartmentForm {

	@NotBlank
	@Size(max = DepartmentDetails.CODE_MAX)
	@Pattern(regexp = DepartmentDetails.CODE_PATTERN, message = "{department.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = DepartmentDetails.NAME_MAX)
	private String name;

	@NotBlank
	@Pattern(regexp = "BUREAU|STREET|OTHER", message = "{department.kind.invalid}")
	private String kind;

	private boolean active = true;

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	public static DepartmentForm of(Department department) {
		DepartmentForm form = new DepartmentForm();
		form.code = department.getCode();
		form.name = department.getName();
		form.kind = department.getKind().name();
		form.active = department.isActive();
		form.version = department.getVersion();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
