package org.zhuqi.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * Asks the owner module's {@link AttachmentAccess} what a viewer may do with the attachments of a record. No
 * rule for the owner type means nobody may do anything: a module that stores files without saying who reads
 * them exposes nothing.
 */
@Component
class OwnerAccess {

	private final ObjectProvider<AttachmentAccess> rules;

	OwnerAccess(ObjectProvider<AttachmentAccess> rules) {
		this.rules = rules;
	}

	boolean canRead(Viewer viewer, AttachmentRef attachment) {
		return canRead(viewer, attachment.ownerType(), attachment.ownerId());
	}

	boolean canRead(Viewer viewer, String ownerType, long ownerId) {
		return rule(ownerType).map(rule -> rule.canRead(viewer, ownerId)).orElse(false);
	}

	boolean canAdd(Viewer viewer, String ownerType, long ownerId) {
		return rule(ownerType).map(rule -> rule.canRead(viewer, ownerId) && rule.canAdd(viewer, ownerId))
			.orElse(false);
	}

	/**
	 * Refuses a viewer who may not read the record as "not found" (so that ids cannot be probed) and one who
	 * may read it but not add to it as "forbidden".
	 */
	void checkRead(Viewer viewer, String ownerType, long ownerId) {
		if (!canRead(viewer, ownerType, ownerId)) {
			throw new RecordNotFoundException(ownerType, ownerId);
		}
	}

	/** {@link #checkRead} and then 403 unless the viewer may add attachments. */
	void checkAdd(Viewer viewer, String ownerType, long ownerId) {
		checkRead(viewer, ownerType, ownerId);
		if (!rule(ownerType).orElseThrow().canAdd(viewer, ownerId)) {
			throw new AccessDeniedException("may not add attachments to " + ownerType + " " + ownerId);
		}
	}

	private Optional<AttachmentAccess> rule(String ownerType) {
		List<AttachmentAccess> matching = rules.orderedStream()
			.filter(rule -> ownerType.equals(rule.ownerType()))
			.toList();
		if (matching.size() > 1) {
			throw new IllegalStateException("more than one AttachmentAccess bean for owner type " + ownerType + ": "
					+ matching);
		}
		return matching.stream().findFirst();
	}

}
