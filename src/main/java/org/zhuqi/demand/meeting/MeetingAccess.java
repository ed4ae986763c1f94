package org.zhuqi.demand.meeting;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may do what with coordination meetings. The service centre records meetings and action items and may
 * reopen an item; a department sees the meetings it convenes, attends, owns action items in or whose agenda
 * holds a problem it works on, and reports on its own action items. A liaison cadre or an enterprise only
 * reads the meetings that discussed its own problems, and only the parts about them. Which meetings each one
 * sees is part of the queries in {@link MeetingQueries}.
 */
final class MeetingAccess {

	private MeetingAccess() {
	}

	/** The service centre or a department; anyone else is refused (403). */
	static void requireStaff(Viewer viewer) {
		if (!isStaff(viewer)) {
			throw new AccessDeniedException(viewer.username() + " has no part in coordination meetings");
		}
	}

	static boolean isStaff(Viewer viewer) {
		return viewer.isAdmin() || viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null;
	}

	/** Recording and editing meetings and their decisions is the service centre's. */
	static void requireManager(Viewer viewer) {
		if (!canManage(viewer)) {
			throw new AccessDeniedException(viewer.username() + " may not record coordination meetings");
		}
	}

	static boolean canManage(Viewer viewer) {
		return viewer.isAdmin();
	}

	/** The owner department's users and the service centre report progress on an action item and mark it done. */
	static boolean canReport(Viewer viewer, long ownerDepartmentId) {
		return viewer.isAdmin() || viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null
				&& viewer.departmentId() == ownerDepartmentId;
	}

	/**
	 * Whether the viewer sees only its own problems' part of a meeting (agenda items and action items about
	 * them, no minutes): liaison cadres and enterprises.
	 */
	static boolean seesOwnProblemsOnly(Viewer viewer) {
		return viewer.is(Role.CADRE) || viewer.is(Role.ENTERPRISE);
	}

}
