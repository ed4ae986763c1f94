package org.zhuqi.directory.department;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and change the list of departments: the service centre reads and edits it, a department
 * handler only reads it; cadres and enterprises do not work with it (403).
 */
final class DepartmentAccess {

	private DepartmentAccess() {
	}

	static boolean canRead(Viewer viewer) {
		return viewer.isAdmin() || viewer.is(Role.DEPARTMENT);
	}

	static boolean canEdit(Viewer viewer) {
		return viewer.isAdmin();
	}

	static void requireRead(Viewer viewer) {
		if (!canRead(viewer)) {
			throw new AccessDeniedException(viewer.role() + " may not read departments");
		}
	}

	static void requireEdit(Viewer viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException(viewer.role() + " may not edit departments");
		}
	}

}
