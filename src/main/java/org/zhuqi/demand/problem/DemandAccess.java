package org.zhuqi.demand.problem;

import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and do what with a problem. The centre sees all and routes; a department sees the problems it
 * leads or co-handles and works those it leads; a cadre sees the problems of its enterprises and may resolve
 * one directly before routing; an enterprise sees its own and rates them.
 */
final class DemandAccess {

	private DemandAccess() {
	}

	static boolean canRead(Viewer viewer, Demand demand) {
		return switch (viewer.role()) {
			case ADMIN -> true;
			case DEPARTMENT -> viewer.departmentId() != null && demand.involves(viewer.departmentId());
			case CADRE -> viewer.cadreId() != null && viewer.cadreId().equals(demand.getCadreId());
			case ENTERPRISE -> viewer.enterpriseId() != null && viewer.enterpriseId().equals(demand.getEnterpriseId());
		};
	}

	/** Whether the viewer may file a problem for this enterprise, currently paired with {@code pairedCadreId}. */
	static boolean canFile(Viewer viewer, long enterpriseId, Long pairedCadreId) {
		return switch (viewer.role()) {
			case ADMIN -> true;
			case DEPARTMENT -> false;
			case CADRE -> viewer.cadreId() != null && viewer.cadreId().equals(pairedCadreId);
			case ENTERPRISE -> viewer.enterpriseId() != null && viewer.enterpriseId() == enterpriseId;
		};
	}

	static boolean canPerform(Viewer viewer, DemandAction action, Demand demand) {
		if (!canRead(viewer, demand)) {
			return false;
		}
		boolean lead = viewer.is(Role.DEPARTMENT) && demand.getLeadDepartmentId() != null
				&& demand.getLeadDepartmentId().equals(viewer.departmentId());
		// a problem the cadre resolved itself is also put right by the cadre when the rating opens a rectification
		boolean rectifyingCadre = viewer.is(Role.CADRE) && demand.isResolvedByCadre()
				&& demand.getLeadDepartmentId() == null;
		return switch (action) {
			case FILE -> false;
			case ASSIGN, CLOSE, DECIDE_EXTENSION, ESCALATE, REMIND -> viewer.isAdmin();
			case MARK_COMPLEX -> viewer.isAdmin() || lead;
			case ACCEPT, MARK_UNRESOLVABLE, RETURN, REQUEST_EXTENSION -> lead;
			case RESOLVE, FOLLOW_UP -> lead || rectifyingCadre;
			case PROGRESS -> viewer.isAdmin() || viewer.is(Role.DEPARTMENT);
			case RESOLVE_BY_CADRE -> viewer.is(Role.CADRE);
			case RATE -> viewer.is(Role.ENTERPRISE);
		};
	}

}
