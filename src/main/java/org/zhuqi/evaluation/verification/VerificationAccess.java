package org.zhuqi.evaluation.verification;

import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Who may download a campaign's ledger and results file. The service centre ({@code ADMIN}) always, also while
 * the campaign runs (the files then show provisional figures). Once the results are published, enterprise
 * accounts too: they are the raters the ledger lets check that the published figures follow from the ballots.
 * Departments never (they see only their own results), nor liaison cadres.
 */
final class VerificationAccess {

	private VerificationAccess() {
	}

	/** Refuses, before the campaign is looked up, roles that may never read the files. */
	static void requirePossibleReader(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.is(Role.ENTERPRISE)) {
			throw new AccessDeniedException(viewer.username() + " may not read evaluation ledgers");
		}
	}

	/** Refuses anyone who may not read this campaign's files now. */
	static void requireReader(Campaign campaign, Viewer viewer) {
		requirePossibleReader(viewer);
		if (!viewer.isAdmin() && campaign.getStatus() != CampaignStatus.PUBLISHED) {
			throw new AccessDeniedException(viewer.username() + " may not read the ledger of unpublished campaign "
					+ campaign.getId());
		}
	}

}
