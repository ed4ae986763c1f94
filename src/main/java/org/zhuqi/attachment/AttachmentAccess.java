package org.zhuqi.attachment;

import org.zhuqi.shared.Viewer;

/**
 * Who may download the attachments of one owner type. The module that owns the records (problems,
 * applications) implements this as a bean; the download link of an attachment whose owner type has no such
 * bean, or whose bean says no, answers 404 as if the file did not exist.
 */
public interface AttachmentAccess {

	/** The owner type this rule is for, as passed to {@link Attachments#store}. */
	String ownerType();

	/** Whether the viewer may read the record with this id, and so download its attachments. */
	boolean canRead(Viewer viewer, long ownerId);

}
