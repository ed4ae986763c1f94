package org.zhuqi.attachment;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhuqi.shared.Viewer;

/**
 * Asks the owner module's {@link AttachmentAccess} whether a viewer may read an attachment. No rule for the
 * owner type means nobody may: a module that stores files without saying who reads them exposes nothing.
 */
@Component
class OwnerAccess {

	private final ObjectProvider<AttachmentAccess> rules;

	OwnerAccess(ObjectProvider<AttachmentAccess> rules) {
		this.rules = rules;
	}

	boolean canRead(Viewer viewer, AttachmentRef attachment) {
		List<AttachmentAccess> matching = rules.orderedStream()
			.filter(rule -> attachment.ownerType().equals(rule.ownerType()))
			.toList();
		if (matching.size() > 1) {
			throw new IllegalStateException("more than one AttachmentAccess bean for owner type "
					+ attachment.ownerType() + ": " + matching);
		}
		return !matching.isEmpty() && matching.get(0).canRead(viewer, attachment.ownerId());
	}

}
