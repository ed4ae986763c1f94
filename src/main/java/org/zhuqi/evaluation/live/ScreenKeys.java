package org.zhuqi.evaluation.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.stereotype.Component;
import org.zhuqi.evaluation.voter.VoterKeys;

/**
 * The key in a big screen's address ({@code /screen/{campaignId}?key=...}): the screen shows scores before they
 * are published, so it is not public. The key is derived from the campaign id under the server's secret (the
 * voter keys' HMAC over {@code screen:<id>}, which no credential token can equal, cut to 128 bits), so nothing
 * is stored, it cannot be guessed, and the host's console can always show it. It gives read-only access to that
 * campaign's screen only.
 */
@Component
class ScreenKeys {

	private static final int KEY_HEX_LENGTH = 32;

	private final VoterKeys keys;

	ScreenKeys(VoterKeys keys) {
		this.keys = keys;
	}

	String keyOf(long campaignId) {
		return keys.keyOf("screen:" + campaignId).substring(0, KEY_HEX_LENGTH);
	}

	boolean matches(long campaignId, String key) {
		return key != null && MessageDigest.isEqual(keyOf(campaignId).getBytes(StandardCharsets.US_ASCII),
				key.getBytes(StandardCharsets.US_ASCII));
	}

}
