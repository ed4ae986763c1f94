package org.zhuqi.attachment;

import org.zhuqi.shared.Viewer;

/**
 * Who may read and who may add the attachments of one owner type. The module that owns the records (problems,
 * applications) implements this as a bean, one per owner type:
 *
 * <pre>{@code
 * @Component
 * class DemandAttachments implements AttachmentAccess {
 *     public String ownerType() { return "demand"; }
 *     public boolean canRead(Viewer viewer, long demandId) { return demands.canRead(viewer, demandId); }
 *     public boolean canAdd(Viewer viewer, long demandId) { return demands.canAddEvidence(viewer, demandId); }
 * }
 * }</pre>
 *
 * Everything is denied by default: the download link of an attachment whose owner type has no such bean, or
 * whose bean says no, answers 404 as if the file did not exist, and so does an upload through
 * {@link Attachments#add} for a record the viewer may not read; one the viewer may read but not add to answers
 * 403. Owners that store files inside their own services (a filing form) check their own rules and call
 * {@link Attachments#storeAll} directly.
 */
public interface AttachmentAccess {

	/** The owner type this rule is for, as passed to {@link Attachments#store}. */
	String ownerType();

	/** Whether the viewer may read the record with this id, and so list and download its attachments. */
	boolean canRead(Viewer viewer, long ownerId);

	/**
	 * Whether the viewer may add attachments to the record with this id (asked only when it may read it).
	 * Nobody may unless the owner says so.
	 */
	default boolean canAdd(Viewer viewer, long ownerId) {
		return false;
	}

}
