package org.zhuqi.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.zhuqi.shared.Role;

/**
 * What the service centre types to open an account: login name, display name, role and the directory record
 * the role is bound to (only the one matching the role is used), optionally an e-mail address for
 * notifications, and optionally the initial password; left blank, one is generated and shown once.
 */
class NewUserForm {

	@NotBlank
	@Pattern(regexp = "([A-Za-z0-9._-]{3,64})?", message = "{user.username.pattern}")
	private String username;

	@NotBlank
	@Size(max = 50)
	private String displayName;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private Long departmentId;

	private Long cadreId;

	private Long enterpriseId;

	@Email(message = "{user.email.invalid}")
	@Size(max = EmailForm.MAX)
	private String email;

	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getCadreId() {
		return cadreId;
	}

	public void setCadreId(Long cadreId) {
		this.cadreId = cadreId;
	}

	public Long getEnterpriseId() {
		return enterpriseId;
	}

	public void setEnterpriseId(Long enterpriseId) {
		this.enterpriseId = enterpriseId;
	}

	public String getEmail() {
		return email;
	}

	/** Takes the address without the blanks a paste brings along, so that they do not fail validation. */
	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
