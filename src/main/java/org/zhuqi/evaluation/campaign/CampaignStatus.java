package org.zhuqi.evaluation.campaign;

/** Where a campaign is in its life: drafted, open for ballots, closed, results published. */
public enum CampaignStatus {

	/** Being set up; rules and departments may change; no ballots. */
	DRAFT,

	/** Rules frozen and written to the ledger; ballots accepted within the rating window. */
	OPEN,

	/** No more ballots; results can be checked before they are published. */
	CLOSED,

	/** Results published (and frozen); unpublishing returns to {@link #CLOSED}. */
	PUBLISHED

}
