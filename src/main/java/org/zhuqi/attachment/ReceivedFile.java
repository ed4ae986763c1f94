package org.zhuqi.attachment;

import java.nio.file.Path;

/**
 * An upload written to the incoming folder, not yet an attachment.
 *
 * @param path the temporary file
 * @param sizeBytes how many bytes were received; more than the limit means reading stopped there
 * @param sha256 the SHA-256 of the content as lower-case hex
 */
record ReceivedFile(Path path, long sizeBytes, String sha256) {
}
