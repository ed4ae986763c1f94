package org.zhuqi.directory.demo;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

import org.zhuqi.directory.reference.Uscc;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) as a Xihu registry would issue them:
 * registration authority and type ({@code 91} = market regulator, enterprise; {@code 93} = farmers'
 * co-operative), the administrative region ({@code 330106} 西湖区, a few {@code 330100} 杭州市), the
 * nine-character organisation code of GB 11714 with its own check digit, and the GB 32100 check character.
 * Enterprises registered since the reform of late 2015 carry the new {@code MA…} organisation codes, older
 * ones their old numeric code.
 */
final class CreditCodes {

	static final String ENTERPRISE = "91";

	static final String COOPERATIVE = "93";

	private static final LocalDate REFORM = LocalDate.of(2015, 10, 1);

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String NEW_SERIES = "789ABCDEFGHJKLMN";

	private final Random random;

	private final Set<String> taken;

	CreditCodes(Random random, Set<String> taken) {
		this.random = random;
		this.taken = taken;
	}

	/** A code not issued before, for an entity of the given kind registered on the given day. */
	String issue(String authorityAndType, LocalDate registeredOn) {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			String region = random.nextInt(100) < 94 ? "330106" : "330100";
			String organisation = organisationCode(registeredOn.isBefore(REFORM));
			String first17 = authorityAndType + region + organisation;
			String code = first17 + Uscc.checkCharacter(first17);
			if (taken.add(code)) {
				return code;
			}
		}
		throw new IllegalStateException("no free credit code after " + taken.size());
	}

	private String organisationCode(boolean oldSeries) {
		StringBuilder body = new StringBuilder(8);
		if (oldSeries) {
			body.append((char) ('5' + random.nextInt(3)));
			for (int i = 1; i < 8; i++) {
				body.append((char) ('0' + random.nextInt(10)));
			}
		}
		else {
			body.append("MA2").append(NEW_SERIES.charAt(random.nextInt(NEW_SERIES.length())));
			for (int i = 4; i < 8; i++) {
				body.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
			}
		}
		return body.append(organisationCheckDigit(body)).toString();
	}

	/**
	 * The GB 11714-1997 check digit of an eight-character organisation code body: digits count as
	 * themselves, letters A–Z as 10–35; weights 3, 7, 9, 10, 5, 8, 4, 2; the digit is 11 minus the weighted
	 * sum modulo 11, written {@code X} for 10 and {@code 0} for 11.
	 */
	static char organisationCheckDigit(CharSequence body) {
		if (body.length() != ORGANISATION_WEIGHTS.length) {
			throw new IllegalArgumentException("need 8 characters, got " + body.length());
		}
		int sum = 0;
		for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
			sum += Character.digit(body.charAt(i), 36) * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

}
