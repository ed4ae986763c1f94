/**
 * Setting up an evaluation campaign (评议活动): the service centre drafts it (name, period, rubric, trimming,
 * rating window, the live and the online group of departments), revises the draft, opens it (which freezes
 * the rules and writes them as entry 0 of the ledger) and closes it. {@link org.zhuqi.evaluation.campaign.Campaign}
 * is the aggregate and refuses illegal transitions; {@link org.zhuqi.evaluation.campaign.CampaignSetup} checks
 * references, access and audits.
 */
package org.zhuqi.evaluation.campaign;
