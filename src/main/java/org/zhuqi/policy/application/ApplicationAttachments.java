package org.zhuqi.policy.application;

import org.springframework.stereotype.Component;
import org.zhuqi.attachment.AttachmentAccess;
import org.zhuqi.shared.Viewer;

/**
 * Who may see and add the files of an application (owner type {@code policy-application}): whoever may read
 * the application may download them; the enterprise adds more while it may edit the application (a draft, or
 * returned for more material).
 */
@Component
class ApplicationAttachments implements AttachmentAccess {

	private final ApplicationQueries queries;

	ApplicationAttachments(ApplicationQueries queries) {
		this.queries = queries;
	}

	@Override
	public String ownerType() {
		return ApplicationService.OWNER_TYPE;
	}

	@Override
	public boolean canRead(Viewer viewer, long applicationId) {
		return queries.stored(applicationId).map(a -> ApplicationAccess.canRead(viewer, a)).orElse(false);
	}

	@Override
	public boolean canAdd(Viewer viewer, long applicationId) {
		return queries.stored(applicationId)
			.map(a -> ApplicationAccess.isOwner(viewer, a) && a.status().editable())
			.orElse(false);
	}

}
