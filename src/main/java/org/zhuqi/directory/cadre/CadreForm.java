package org.zhuqi.directory.cadre;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.zhuqi.directory.reference.ValidPhone;

/**
 * What a person types to create or edit a liaison cadre, on the page form and as the JSON API body. The
 * department is given by its short code. Bean Validation checks the shape; {@link CadreService} checks the
 * department and that the phone is not taken.
 */
public class CadreForm {

	@NotBlank
	@Size(max = CadreDetails.NAME_MAX)
	private String name;

	@NotBlank
	private String departmentCode;

	@NotBlank
	@ValidPhone
	private String phone;

	@Size(max = CadreDetails.TITLE_MAX)
	private String title;

	private boolean active = true;

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	static CadreForm of(Cadre cadre, String departmentCode) {
		CadreForm form = new CadreForm();
		form.name = cadre.getName();
		form.departmentCode = departmentCode;
		form.phone = cadre.getPhone();
		form.title = cadre.getTitle();
		form.active = cadre.isActive();
		form.version = cadre.getVersion();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public void setDepartmentCode(String departmentCode) {
		this.departmentCode = departmentCode;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
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
