package org.zhuqi.evaluation.online;

/**
 * How a voter rates, stored once per voter in {@code evaluation_voter.rating_path}: the first use decides and
 * the other path is refused from then on, so that one voter has exactly one voter key.
 */
enum RatingPath {

	/** With the personal credential (投票凭证): voter key = HMAC(secret, token). */
	CREDENTIAL("evaluation.online.path.useCredential"),

	/** With the enterprise's account (企业账号): voter key = HMAC(secret, "account:" + campaign + ":" + voter). */
	ACCOUNT("evaluation.online.path.useAccount");

	private final String lockedOutCode;

	RatingPath(String lockedOutCode) {
		this.lockedOutCode = lockedOutCode;
	}

	/** The message for a voter trying the other path once this one is taken (贵企业已使用凭证参评…). */
	String lockedOutCode() {
		return lockedOutCode;
	}

}
