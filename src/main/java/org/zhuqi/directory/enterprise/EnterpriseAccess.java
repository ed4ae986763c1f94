package org.zhuqi.directory.enterprise;

import org.zhuqi.shared.Viewer;

/**
 * Who may see and change which enterprise. The service centre sees and edits all; a department handler
 * sees all but edits none; a liaison cadre sees and edits its paired enterprises; an enterprise user sees
 * and edits only its own. Only the centre registers enterprises or corrects a credit code.
 */
final class EnterpriseAccess {

	private EnterpriseAccess() {
	}

	static boolean canSee(Viewer viewer, long enterpriseId, Long pairedCadreId) {
		return switch (viewer.role()) {
			case ADMIN, DEPARTMENT -> true;
			case CADRE -> pairedCadreId != null && pairedCadreId.equals(viewer.cadreId());
			case ENTERPRISE -> viewer.enterpriseId() != null && viewer.enterpriseId() == enterpriseId;
		};
	}

	static boolean canEdit(Viewer viewer, long enterpriseId, Long pairedCadreId) {
		return switch (viewer.role()) {
			case ADMIN -> true;
			case DEPARTMENT -> false;
			case CADRE, ENTERPRISE -> canSee(viewer, enterpriseId, pairedCadreId);
		};
	}

	static boolean canRegister(Viewer viewer) {
		return viewer.isAdmin();
	}

	static boolean canChangeUscc(Viewer viewer) {
		return viewer.isAdmin();
	}

}
