package org.zhuqi.attachment;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Attachment settings under {@code zhuqi.attachments.*}.
 *
 * @param dir where the files are kept (relative paths from the working directory)
 * @param maxFileSize the largest file accepted; the multipart transport limits sit above it so that users
 * see this limit's message rather than a dropped upload
 * @param maxFilesPerOwner how many files one record may have
 * @param orphanGrace how old a file without a metadata row must be before the sweep removes it; longer than
 * any transaction that stores files
 * @param sweepEnabled whether the orphan sweep runs on its schedule (off in tests that own the folder)
 * @param sweepInterval how often the orphan sweep runs (it also runs a minute after start)
 */
@ConfigurationProperties("zhuqi.attachments")
record AttachmentProperties(@DefaultValue("data/attachments") Path dir, @DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("5") int maxFilesPerOwner, @DefaultValue("1h") Duration orphanGrace,
		@DefaultValue("true") boolean sweepEnabled, @DefaultValue("6h") Duration sweepInterval) {
}
