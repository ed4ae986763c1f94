package org.zhuqi.evaluation.result;

import java.time.Instant;
import java.util.List;

import org.zhuqi.evaluation.campaign.DepartmentGroup;

/**
 * A campaign's published results as frozen at publishing: the figures of every rated department and the ledger
 * head they were computed from (the last entry's seq and hash), so a verifier can recompute them from the
 * ledger exported up to that entry.
 *
 * @param rows every rated department, the live group in order of reports, then the online group
 */
public record PublishedSnapshot(long campaignId, long publicationId, long ledgerSeq, String ledgerHash,
		int eligibleVoters, int voters, int ballots, Instant publishedAt, String publishedBy, List<ResultRow> rows) {

	public PublishedSnapshot {
		rows = List.copyOf(rows);
	}

	/** The live group ranked. */
	public List<ResultRow> live() {
		return Rankings.group(rows, DepartmentGroup.LIVE);
	}

	/** The online group ranked. */
	public List<ResultRow> online() {
		return Rankings.group(rows, DepartmentGroup.ONLINE);
	}

	/** All units ranked together. */
	public List<ResultRow> all() {
		return Rankings.all(rows);
	}

}
