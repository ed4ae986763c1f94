/**
 * The live session (现场测评) of a campaign: department heads report in turn while enterprise representatives
 * score each one on the spot. The host (the service centre) runs the {@link org.zhuqi.evaluation.live.LiveSession
 * session} through the campaign's live group from a console ({@link org.zhuqi.evaluation.live.LiveHost}): one
 * voting round per department, opened with a countdown and closed by the host or the countdown; the ballot box
 * takes a live department's ballots only while its round is open
 * ({@link org.zhuqi.evaluation.live.LiveRoundStates}). Voters score on their phones from the credential's link
 * ({@code /vote/{token}}) or on hardware keypads registered to their credential beforehand
 * ({@link org.zhuqi.evaluation.live.Keypads}, fed by the vendor's bridge); the big screen
 * ({@code /screen/{campaignId}?key=...}) and the pages follow the session by Server-Sent Events
 * ({@link org.zhuqi.evaluation.live.LiveBroadcaster}). Nothing here changes or deletes a ballot.
 */
package org.zhuqi.evaluation.live;
