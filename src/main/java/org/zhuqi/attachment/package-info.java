/**
 * Attachments (附件): files that enterprises and cadres attach to records of other modules — a problem's
 * evidence, an application's documents — checked by their content (PDF, pictures, Word, Excel, PowerPoint,
 * text; never by the name or the type the browser claims), kept on disk under
 * {@code zhuqi.attachments.dir}, downloaded at {@code /attachments/{id}} under the owner module's rules.
 * <p>
 * Owner modules use {@link org.zhuqi.attachment.Attachments} to store and list the files of one record (an
 * owner type such as {@code demand} and the record's id) and implement
 * {@link org.zhuqi.attachment.AttachmentAccess} as a bean to say who may read and who may add them.
 * {@code templates/attachment/fragments.html} holds a file input for an owner's own form, a panel with the
 * list and an upload form for an existing record, and a bare list of download links; its top comment shows
 * how to use each.
 */
package org.zhuqi.attachment;
