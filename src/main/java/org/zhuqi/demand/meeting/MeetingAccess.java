package org.zhuqi.demand.meeting;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may do what with coordination meetings. The service centre records meetings and action items and may
 * reopen an item; a department sees the meetings it convenes, attends, owns action items in or whose agenda
 * holds a problem it works on (the scope is part of the queries), and marks its own action items done.
 * Liaison cadres and enterprises have no part in meetings.
 */
final class MeetingAccess {

	private MeetingAccess() {
	}

	/** The service centre or a department; anyone else is refused (403). */
	static void requireStaff(Viewer viewer) {
		if (!viewer.isAdmin() && !(viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null)) {
			throw new AccessDeniedException(viewer.username() + " has no part in coordination meetings");
		}
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

	/** The owner department's users and the service centre mark an action item done. */
	static boolean canMarkDone(Viewer viewer, long ownerDepartmentId) {
		return viewer.isAdmin()
				|| viewer.is(Role.DEPARTMENT) && viewer.departmentId() != null && viewer.departmentId() == ownerDepartmentId;
	}

}
