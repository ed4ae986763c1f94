package org.zhuqi.policy.application;

import org.zhuqi.shared.Viewer;

/**
 * Who may see and do what with an application: the enterprise its own (drafts included); the issuing
 * department of the policy and the centre every submitted one, and they review; a cadre reads the submitted
 * applications of its paired enterprises. Only the reviewers see the full bank account.
 */
final class ApplicationAccess {

	private ApplicationAccess() {
	}

	static boolean canRead(Viewer viewer, StoredApplication application) {
		if (viewer == null) {
			return false;
		}
		boolean submitted = application.submittedAt() != null;
		return switch (viewer.role()) {
			case ENTERPRISE -> viewer.enterpriseId() != null && viewer.enterpriseId() == application.enterpriseId();
			case ADMIN -> submitted;
			case DEPARTMENT -> submitted && viewer.departmentId() != null
					&& viewer.departmentId() == application.departmentId();
			case CADRE -> submitted && viewer.cadreId() != null && viewer.cadreId().equals(application.cadreId());
		};
	}

	/** Whether the viewer reviews applications of a policy of this department. */
	static boolean canReview(Viewer viewer, long policyDepartmentId) {
		return viewer != null && (viewer.isAdmin() || (viewer.role() == org.zhuqi.shared.Role.DEPARTMENT
				&& viewer.departmentId() != null && viewer.departmentId() == policyDepartmentId));
	}

	static boolean isOwner(Viewer viewer, StoredApplication application) {
		return viewer != null && viewer.role() == org.zhuqi.shared.Role.ENTERPRISE && viewer.enterpriseId() != null
				&& viewer.enterpriseId() == application.enterpriseId();
	}

}
