package org.zhuqi.directory.transfer;

import java.time.Instant;

/**
 * An import job as the pages show it: what was uploaded by whom, how far it got and what it did.
 *
 * @param totalRows the number of non-blank data rows, known once the file has been read through
 * @param processedRows the rows handled so far, whatever their outcome
 * @param failedCount rows that were reported and not imported
 * @param message why the job failed, or a note on a finished one (ignored columns), in the uploader's language
 */
public record ImportJob(long id, ImportKind kind, String fileName, ImportStatus status, int totalRows,
		int processedRows, int createdCount, int updatedCount, int unchangedCount, int failedCount, String message,
		String createdBy, Instant createdAt, Instant finishedAt) {

	/** Progress in whole percent, 0 until the rows are counted. */
	public int percent() {
		if (status == ImportStatus.DONE) {
			return 100;
		}
		return totalRows == 0 ? 0 : (int) Math.min(100, processedRows * 100L / totalRows);
	}

	public boolean active() {
		return !status.finished();
	}

}
