package org.zhuqi.account;

import org.zhuqi.shared.Role;

/**
 * The directory record a role is bound to; the constructor refuses a binding that does not fit the role.
 */
record Binding(Role role, Long departmentId, Long cadreId, Long enterpriseId) {

	Binding {
		boolean fits = switch (role) {
			case ADMIN -> departmentId == null && cadreId == null && enterpriseId == null;
			case DEPARTMENT -> departmentId != null && cadreId == null && enterpriseId == null;
			case CADRE -> cadreId != null && departmentId == null && enterpriseId == null;
			case ENTERPRISE -> enterpriseId != null && departmentId == null && cadreId == null;
		};
		if (!fits) {
			throw new IllegalArgumentException("binding does not fit role " + role);
		}
	}

	static Binding admin() {
		return new Binding(Role.ADMIN, null, null, null);
	}

	static Binding department(long id) {
		return new Binding(Role.DEPARTMENT, id, null, null);
	}

	static Binding cadre(long id) {
		return new Binding(Role.CADRE, null, id, null);
	}

	static Binding enterprise(long id) {
		return new Binding(Role.ENTERPRISE, null, null, id);
	}

}
