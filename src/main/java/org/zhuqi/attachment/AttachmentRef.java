package org.zhuqi.attachment;

import java.time.Instant;

/**
 * One stored attachment as owner modules and pages see it.
 *
 * @param id the attachment's id, used in the download link {@code /attachments/{id}}
 * @param ownerType the kind of record the file belongs to, such as {@code demand}
 * @param ownerId the id of that record
 * @param fileName the name the uploader gave the file, cleaned of folders and control characters
 * @param contentType the media type detected from the content (never the one the browser claimed)
 * @param sizeBytes the size in bytes
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits
 * @param uploadedBy the login name of the uploader
 * @param uploadedAt when the file was stored
 */
public record AttachmentRef(long id, String ownerType, long ownerId, String fileName, String contentType,
		long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {

	/** The kind of file for labels and icons: {@code PDF}, {@code PNG}, {@code DOCX} ... (message key suffix). */
	public String kind() {
		return AllowedType.of(contentType).map(Enum::name).orElse("OTHER");
	}

	/** Whether the file is a picture a page may show inline. */
	public boolean image() {
		return AllowedType.of(contentType).map(AllowedType::image).orElse(false);
	}

	/** The size for people: {@code 980 B}, {@code 12.5 KB}, {@code 3.2 MB}. */
	public String displaySize() {
		return ByteSizes.readable(sizeBytes);
	}

}
