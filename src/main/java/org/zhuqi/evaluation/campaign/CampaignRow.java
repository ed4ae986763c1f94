package org.zhuqi.evaluation.campaign;

import java.time.Instant;

/** A campaign in the centre's list, with how many departments, voters and ballots it has. */
public record CampaignRow(long id, String name, String periodLabel, CampaignStatus status, Instant opensAt,
		Instant closesAt, int liveDepartments, int onlineDepartments, int voters, int ballots, int version) {

	public boolean draft() {
		return status == CampaignStatus.DRAFT;
	}

	public boolean open() {
		return status == CampaignStatus.OPEN;
	}

}
