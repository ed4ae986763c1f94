package org.zhuqi.demand.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the centre types to add or edit a problem category (诉求类别): its names, its clock in working days and
 * whether new problems may be filed under it. The code is chosen once, when the category is added.
 */
public class CategoryForm {

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{category.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 50)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotNull
	@Min(0)
	@Max(30)
	private Integer acceptDays = 1;

	@NotNull
	@Min(1)
	@Max(120)
	private Integer resolveDays = 7;

	private boolean active = true;

	@NotNull
	@Min(0)
	@Max(9999)
	private Integer sortOrder;

	/** The version the editor started from; a mismatch means somebody else saved meanwhile. */
	private Integer version;

	static CategoryForm of(CategoryEntry entry) {
		CategoryForm form = new CategoryForm();
		form.code = entry.code();
		form.nameZh = entry.nameZh();
		form.nameEn = entry.nameEn();
		form.acceptDays = entry.acceptDays();
		form.resolveDays = entry.resolveDays();
		form.active = entry.active();
		form.sortOrder = entry.sortOrder();
		form.version = entry.version();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public Integer getAcceptDays() {
		return acceptDays;
	}

	public void setAcceptDays(Integer acceptDays) {
		this.acceptDays = acceptDays;
	}

	public Integer getResolveDays() {
		return resolveDays;
	}

	public void setResolveDays(Integer resolveDays) {
		this.resolveDays = resolveDays;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Integer getSortOrder() {
		return sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
