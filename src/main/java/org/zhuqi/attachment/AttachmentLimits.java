package org.zhuqi.attachment;

/**
 * The limits an upload must keep, for hints beside the file input and for owners' own checks.
 *
 * @param maxFileSizeBytes the largest file accepted
 * @param maxFilesPerOwner how many files one record may have
 * @param accept the {@code accept} attribute of a file input: the extensions of every allowed type
 */
public record AttachmentLimits(long maxFileSizeBytes, int maxFilesPerOwner, String accept) {

	/** The size limit for people, such as {@code 10 MB}. */
	public String maxFileSize() {
		return ByteSizes.readable(maxFileSizeBytes);
	}

}
