package org.zhuqi.attachment;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;

/**
 * An attachment with its content, for downloading.
 *
 * @param attachment what is stored
 * @param content the bytes on disk; each {@link Resource#getInputStream()} opens a new stream
 */
public record StoredFile(AttachmentRef attachment, Resource content) {

	/** Opens the content; the caller closes the stream. */
	public InputStream openStream() throws IOException {
		return content.getInputStream();
	}

}
