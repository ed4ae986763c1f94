package org.zhuqi.evaluation.sheet;

/**
 * One line of the SMS list: who receives the voter's personal link, and at which mobile number.
 * @param enterpriseName the enterprise's name, required
 * @param representativeName the person who votes for it, or {@code null} when not known yet
 * @param phone the representative's mobile number as entered in the directory, or {@code null} when there is
 * none (the line stays in the list so that nobody is silently left out)
 * @param url the personal link, required
 */
public record SmsRecipient(String enterpriseName, String representativeName, String phone, String url) {

	public SmsRecipient {
		if (enterpriseName == null || enterpriseName.isBlank()) {
			throw new IllegalArgumentException("an SMS recipient needs the enterprise's name");
		}
		if (url == null || url.isBlank()) {
			throw new IllegalArgumentException("an SMS recipient needs the voter's link");
		}
	}

}
