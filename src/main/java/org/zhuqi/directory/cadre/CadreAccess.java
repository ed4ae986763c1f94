package org.zhuqi.directory.cadre;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and change which cadre record. The service centre sees and edits all; a department handler
 * sees all but edits none; a cadre sees only its own record (others look absent); an enterprise user does
 * not work with cadre records at all (403).
 */
final class CadreAccess {

	private CadreAccess() {
	}

	/** Whether the viewer may open cadre lists at all; the list is then scoped by {@link #canSee}. */
	static boolean canList(Viewer viewer) {
		return switch (viewer.role()) {
			case ADMIN, DEPARTMENT, CADRE -> true;
			case ENTERPRISE -> false;
		};
	}

	static boolean canSee(Viewer viewer, long cadreId) {
		return switch (viewer.role()) {
			case ADMIN, DEPARTMENT -> true;
			case CADRE -> viewer.cadreId() != null && viewer.cadreId() == cadreId;
			case ENTERPRISE -> false;
		};
	}

	static boolean canEdit(Viewer viewer) {
		return viewer.isAdmin();
	}

	static void requireList(Viewer viewer) {
		if (!canList(viewer)) {
			throw new AccessDeniedException(viewer.role() + " may not read cadres");
		}
	}

	static void requireEdit(Viewer viewer) {
		if (!canEdit(viewer)) {
			throw new AccessDeniedException(viewer.role() + " may not edit cadres");
		}
	}

}
