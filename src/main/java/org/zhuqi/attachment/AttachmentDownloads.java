package org.zhuqi.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.Viewer;

/**
 * The download of one attachment for a viewer, shared by the page and the API endpoint. An attachment the
 * viewer may not read is "not found", so ids cannot be probed. The response carries the stored (detected)
 * type and tells the browser not to guess another ({@code nosniff}); pictures are shown inline, everything
 * else is saved as a file, and a sandboxing content security policy keeps any script from running.
 */
@Component
class AttachmentDownloads {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

	private final Attachments attachments;

	private final OwnerAccess access;

	AttachmentDownloads(Attachments attachments, OwnerAccess access) {
		this.attachments = attachments;
		this.access = access;
	}

	ResponseEntity<Resource> download(long id, Viewer viewer) {
		StoredFile file = attachments.find(id)
			.filter(attachment -> access.canRead(viewer, attachment))
			.flatMap(attachment -> attachments.open(id))
			.orElseThrow(() -> new RecordNotFoundException("attachment", id));
		AttachmentRef attachment = file.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

	/**
	 * {@code inline} for pictures, else {@code attachment}; the real name as an RFC 5987 {@code filename*}
	 * and a plain ASCII {@code filename} ({@code attachment-42.pdf}) for clients that know no better.
	 */
	static String disposition(AttachmentRef attachment) {
		String type = attachment.image() ? "inline" : "attachment";
		String extension = UploadRules.extension(attachment.fileName());
		String ascii = "attachment-" + attachment.id() + (extension.isEmpty() ? "" : "." + extension);
		return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(attachment.fileName());
	}

	/** Percent-encodes everything but RFC 5987's {@code attr-char}s. */
	static String rfc5987(String value) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
				encoded.append(c);
			}
			else {
				encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

}
