package org.zhuqi.account;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * A person who can sign in. Exactly one binding matches the role: a department, a cadre or an enterprise
 * (none for an admin).
 */
@Table("user_account")
class UserAccount {

	@Id
	private Long id;

	@Version
	private int version;

	private final String username;

	private String displayName;

	private String passwordHash;

	private final Role role;

	private final Long departmentId;

	private final Long cadreId;

	private final Long enterpriseId;

	private boolean enabled;

	/** Where notifications are e-mailed; {@code null} when the account has none. */
	private String email;

	private final Instant createdAt;

	private Instant updatedAt;

	private Instant passwordChangedAt;

	UserAccount(Long id, int version, String username, String displayName, String passwordHash, Role role,
			Long departmentId, Long cadreId, Long enterpriseId, boolean enabled, Instant createdAt,
			Instant updatedAt, Instant passwordChangedAt) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.departmentId = departmentId;
		this.cadreId = cadreId;
		this.enterpriseId = enterpriseId;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.passwordChangedAt = passwordChangedAt;
	}

	static UserAccount open(String username, String displayName, String passwordHash, Binding binding,
			Instant now) {
		return new UserAccount(null, 0, username, displayName, passwordHash, binding.role(),
				binding.departmentId(), binding.cadreId(), binding.enterpriseId(), true, now, now, now);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	/** Sets or clears ({@code null}) the e-mail address; says whether that changed anything. */
	boolean changeEmail(String newEmail, Instant now) {
		if (Objects.equals(email, newEmail)) {
			return false;
		}
		this.email = newEmail;
		this.updatedAt = now;
		return true;
	}

	/** Stops the account from signing in; says whether that changed anything. */
	boolean disable(Instant now) {
		if (!enabled) {
			return false;
		}
		this.enabled = false;
		this.updatedAt = now;
		return true;
	}

	/** Lets the account sign in again; says whether that changed anything. */
	boolean enable(Instant now) {
		if (enabled) {
			return false;
		}
		this.enabled = true;
		this.updatedAt = now;
		return true;
	}

	Viewer viewer() {
		return new Viewer(username, role, departmentId, cadreId, enterpriseId);
	}

	Binding binding() {
		return new Binding(role, departmentId, cadreId, enterpriseId);
	}

	Long getId() {
		return id;
	}

	int getVersion() {
		return version;
	}

	String getUsername() {
		return username;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Role getRole() {
		return role;
	}

	Long getDepartmentId() {
		return departmentId;
	}

	Long getCadreId() {
		return cadreId;
	}

	Long getEnterpriseId() {
		return enterpriseId;
	}

	boolean isEnabled() {
		return enabled;
	}

	String getEmail() {
		return email;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

}
