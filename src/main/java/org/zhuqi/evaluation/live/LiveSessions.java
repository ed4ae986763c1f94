package org.zhuqi.evaluation.live;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The live sessions store: at most one session per campaign. */
interface LiveSessions extends ListCrudRepository<LiveSession, Long> {

	Optional<LiveSession> findByCampaignId(long campaignId);

}
