/**
 * The evaluation JSON API under {@code /api/v1/campaigns} (HTTP Basic, the service centre only): thin controllers
 * over {@link org.zhuqi.evaluation.campaign.CampaignSetup}, {@link org.zhuqi.evaluation.voter.VoterRoll},
 * {@link org.zhuqi.evaluation.live.LiveHost} and {@link org.zhuqi.evaluation.result.Results}, so that a campaign
 * can be set up and a live session run by a program (the load generator {@code tools/LiveLoad.java}, a district's
 * own tooling). Errors are RFC 9457 problem details like the rest of {@code /api/v1}.
 */
package org.zhuqi.evaluation.api;
