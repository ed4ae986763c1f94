package org.zhuqi.directory.pairing;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Viewer;

/** Only the service centre pairs enterprises with cadres and sees the pairing screens. */
final class PairingAccess {

	private PairingAccess() {
	}

	static void requireAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new AccessDeniedException(viewer.role() + " may not manage pairings");
		}
	}

}
