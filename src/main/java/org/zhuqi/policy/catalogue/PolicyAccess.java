package org.zhuqi.policy.catalogue;

import java.util.Objects;

import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and manage which policy. Only the service centre (ADMIN) drafts, revises, publishes and closes
 * policies. A published or closed policy is public: anybody, signed in or not ({@code viewer == null}), may read
 * it. A draft is seen by the centre and, read-only, by its issuing department.
 */
final class PolicyAccess {

	private PolicyAccess() {
	}

	static boolean canManage(Viewer viewer) {
		return viewer != null && viewer.isAdmin();
	}

	/** Staff see drafts (the centre all, a department its own) and may filter by status. */
	static boolean isStaff(Viewer viewer) {
		return viewer != null && (viewer.isAdmin() || viewer.is(Role.DEPARTMENT));
	}

	static boolean canSee(Viewer viewer, PolicyStatus status, long departmentId) {
		if (status != PolicyStatus.DRAFT) {
			return true;
		}
		if (viewer == null) {
			return false;
		}
		return viewer.isAdmin()
				|| viewer.is(Role.DEPARTMENT) && Objects.equals(viewer.departmentId(), departmentId);
	}

}
