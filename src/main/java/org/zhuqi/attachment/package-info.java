/**
 * Attachments (附件): files that enterprises and cadres attach to records of other modules — a problem's
 * evidence, an application's documents — checked by their content, kept on disk, downloaded under the owner
 * module's read rules.
 * <p>
 * Owner modules use {@link org.zhuqi.attachment.Attachments} to store and list files of one record (an owner
 * type such as {@code demand} and the record's id) and implement {@link org.zhuqi.attachment.AttachmentAccess}
 * as a bean to say who may download them. {@code templates/attachment/fragments.html} holds a file input and
 * a list of attachments with download links for their pages.
 */
package org.zhuqi.attachment;
