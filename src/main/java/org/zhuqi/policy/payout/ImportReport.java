package org.zhuqi.policy.payout;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report of one import of a bank result file: the counts and every line that was not simply applied
 * (duplicates and rejected lines), with its line number and problem, in the order of the file.
 *
 * @param batchId the batch whose page the file was uploaded on, {@code null} if none
 * @param lines the lines read (header and empty lines not counted)
 */
public record ImportReport(long id, Long batchId, String fileName, int lines, int applied, int duplicates,
		int rejected, String importedBy, OffsetDateTime importedAt, List<ImportLine> problems) {
}
