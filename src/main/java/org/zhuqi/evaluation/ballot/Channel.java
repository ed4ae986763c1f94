package org.zhuqi.evaluation.ballot;

/** How a ballot reached the box. */
public enum Channel {

	/** The voter page on a phone, opened from the credential's QR code at the live session. */
	PHONE,

	/** A hardware keypad (表决器) registered to the voter, forwarded by the vendor's receiver bridge. */
	KEYPAD,

	/** The online rating page (网上测评). */
	ONLINE

}
