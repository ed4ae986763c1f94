package org.zhuqi.evaluation.campaign;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Viewer;

/**
 * Who may run evaluations: only the enterprise service centre (企业服务中心, {@code ADMIN}) sets up campaigns,
 * keeps the voter roll and reads the full results. Departments, cadres and enterprises are refused (403).
 */
public final class CampaignAccess {

	private CampaignAccess() {
	}

	/** Refuses anyone but the service centre. */
	public static void requireCentre(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException(viewer.username() + " may not run evaluation campaigns");
		}
	}

}
