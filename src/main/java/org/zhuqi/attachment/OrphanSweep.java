package org.zhuqi.attachment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes files that no attachment row refers to: stored files of a transaction that never committed (a
 * crash between writing the file and committing the row; an ordinary rollback removes its files at once) and
 * uploads left half-received in the incoming folder. Only files older than the grace period are touched, so a
 * transaction still running is never robbed of its file. Runs a minute after start and then every
 * {@code zhuqi.attachments.sweep-interval} (off with {@code zhuqi.attachments.sweep-enabled=false}).
 * <p>
 * This is the chosen answer to "a crash between the disk write and the commit": files are written first and
 * a committed row always has its file; what a crash can leave is only a file without a row, which costs disk
 * space until this sweep, never a lost upload.
 */
@Component
class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	private static final int BATCH = 500;

	private final FileStore files;

	private final AttachmentRecords records;

	private final Clock clock;

	private final Duration grace;

	private final boolean enabled;

	OrphanSweep(FileStore files, AttachmentRecords records, AttachmentProperties properties, Clock clock) {
		this.files = files;
		this.records = records;
		this.clock = clock;
		this.grace = properties.orphanGrace();
		this.enabled = properties.sweepEnabled();
	}

	@Scheduled(initialDelay = 60_000, fixedDelayString = "${zhuqi.attachments.sweep-interval:6h}")
	void scheduled() {
		if (!enabled) {
			return;
		}
		int removed = sweep();
		if (removed > 0) {
			log.info("Removed {} attachment file(s) without a record", removed);
		}
	}

	/** Removes the orphans older than the grace period; returns how many files went. */
	int sweep() {
		Instant cutoff = Instant.now(clock).minus(grace);
		AtomicInteger removed = new AtomicInteger();
		Map<String, Path> batch = new LinkedHashMap<>();
		files.forEachOlderThan(cutoff, (key, path) -> {
			batch.put(key, path);
			if (batch.size() >= BATCH) {
				removed.addAndGet(removeUnreferenced(batch));
			}
		}, path -> {
			files.discard(path);
			removed.incrementAndGet();
		});
		removed.addAndGet(removeUnreferenced(batch));
		return removed.get();
	}

	private int removeUnreferenced(Map<String, Path> batch) {
		batch.keySet().removeAll(records.existingKeys(batch.keySet()));
		batch.values().forEach(files::discard);
		int count = batch.size();
		batch.clear();
		return count;
	}

}
