package org.zhuqi.evaluation.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.DepartmentGroup;
import org.zhuqi.evaluation.scoring.Rubric;

/**
 * A campaign's results as a page or an export shows them: read from the published snapshot when the campaign is
 * published, otherwise computed from the ballots (marked not published).
 *
 * @param version the campaign's version, for publishing and unpublishing
 * @param published whether these are the published (frozen) results
 * @param ledgerSeq the ledger head the figures come from: the snapshot's, or the current one; {@code null} when
 * the ledger was never opened
 * @param publishedAt when published, {@code null} unless published
 */
public record ResultSheet(long campaignId, String name, String periodLabel, CampaignStatus status, int version,
		Rubric rubric, BigDecimal trimPercent, boolean published, Long ledgerSeq, String ledgerHash,
		Instant publishedAt, String publishedBy, int eligibleVoters, int voters, int ballots, List<ResultRow> rows) {

	public ResultSheet {
		rows = List.copyOf(rows);
	}

	public List<ResultRow> live() {
		return Rankings.group(rows, DepartmentGroup.LIVE);
	}

	public List<ResultRow> online() {
		return Rankings.group(rows, DepartmentGroup.ONLINE);
	}

	public List<ResultRow> all() {
		return Rankings.all(rows);
	}

	/** The title used on exports: period and name. */
	public String title() {
		return periodLabel + " " + name;
	}

	public boolean publishable() {
		return status == CampaignStatus.CLOSED;
	}

}
