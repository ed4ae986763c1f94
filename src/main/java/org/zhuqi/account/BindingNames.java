package org.zhuqi.account;

import org.springframework.stereotype.Component;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Role;

/**
 * Names the department, cadre or enterprise an account is bound to, from the {@link Directory}.
 */
@Component
class BindingNames {

	private final Directory directory;

	BindingNames(Directory directory) {
		this.directory = directory;
	}

	/** The bound record's name, {@code null} for an administrator. */
	BindingName of(Role role, Long departmentId, Long cadreId, Long enterpriseId) {
		return switch (role) {
			case ADMIN -> null;
			case DEPARTMENT -> directory.department(departmentId)
				.map(department -> new BindingName(department.name(), null))
				.orElseGet(() -> missing(departmentId));
			case CADRE -> directory.cadre(cadreId)
				.map(cadre -> new BindingName(cadre.name(), cadre.departmentName()))
				.orElseGet(() -> missing(cadreId));
			case ENTERPRISE -> directory.enterprise(enterpriseId)
				.map(enterprise -> new BindingName(enterprise.name(), enterprise.uscc()))
				.orElseGet(() -> missing(enterpriseId));
		};
	}

	BindingName of(UserAccount account) {
		return of(account.getRole(), account.getDepartmentId(), account.getCadreId(), account.getEnterpriseId());
	}

	private static BindingName missing(Long id) {
		return new BindingName("#" + id, null);
	}

}
