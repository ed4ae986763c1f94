/**
 * Online rating (网上测评) of a campaign's ONLINE group: the campaign's public link and QR code
 * ({@code /rate/{campaignId}}), signing in to rate with the voter's credential or with the enterprise's account,
 * the rating pages (one form per department on the rubric, drafts saved and resumed, submission per department)
 * and the JSON API {@code POST /api/v1/campaigns/{id}/online-ballots}. Ballots go through
 * {@link org.zhuqi.evaluation.ballot.BallotBox}; the rating session keeps only the campaign and the voter key,
 * never the credential. See docs/evaluation.md, "Online rating".
 */
package org.zhuqi.evaluation.online;
