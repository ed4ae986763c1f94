package org.zhuqi.evaluation.result;

import java.time.Instant;

/** A published campaign a department was rated in, for its list of results. */
public record PublishedCampaign(long campaignId, String name, String periodLabel, Instant publishedAt) {
}
