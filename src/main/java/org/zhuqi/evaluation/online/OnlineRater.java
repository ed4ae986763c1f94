package org.zhuqi.evaluation.online;

import java.io.Serializable;

/**
 * Who is rating in this browser session: the campaign and the voter key, nothing else (never the credential,
 * never the voter or enterprise). Kept in the HTTP session after signing in to rate.
 */
record OnlineRater(long campaignId, String voterKey) implements Serializable {

	/** The session attribute holding the rater. */
	static final String SESSION_ATTRIBUTE = OnlineRater.class.getName();

	boolean rates(long campaign) {
		return campaignId == campaign;
	}

	@Override
	public String toString() {
		return "OnlineRater[campaign=" + campaignId + "]";
	}

}
