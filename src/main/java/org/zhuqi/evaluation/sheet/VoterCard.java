package org.zhuqi.evaluation.sheet;

/**
 * What one voter's credential card (评议凭证) shows: the enterprise (企业) and its representative (企业代表) who
 * holds the vote, and the personal link that carries the voter's credential, printed as a QR code.
 * @param enterpriseName the enterprise's name, required
 * @param representativeName the person who votes for it, or {@code null} when not known yet
 * @param url the personal link, required
 */
public record VoterCard(String enterpriseName, String representativeName, String url) {

	public VoterCard {
		if (enterpriseName == null || enterpriseName.isBlank()) {
			throw new IllegalArgumentException("a credential card needs the enterprise's name");
		}
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("a credential card needs the voter's link");
		}
	}

}
