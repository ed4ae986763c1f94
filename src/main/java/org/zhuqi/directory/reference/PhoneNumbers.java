package org.zhuqi.directory.reference;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Mainland China phone numbers, checked with libphonenumber and written one way: a mobile as its 11
 * digits ({@code 13812345678}), a fixed line as area code, hyphen, number ({@code 0571-88886666}). One
 * spelling matters because a cadre's phone identifies the cadre on import.
 */
public final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** The canonical spelling, or empty when the value is not a valid mainland number. */
	public static Optional<String> canonical(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(raw.strip(), "CN");
			if (number.getCountryCode() != 86 || !UTIL.isValidNumber(number)) {
				return Optional.empty();
			}
			String national = UTIL.getNationalSignificantNumber(number);
			PhoneNumberType type = UTIL.getNumberType(number);
			if (type == PhoneNumberType.MOBILE) {
				return Optional.of(national);
			}
			int areaLength = UTIL.getLengthOfGeographicalAreaCode(number);
			if (areaLength <= 0) {
				return Optional.of(national);
			}
			return Optional.of("0" + national.substring(0, areaLength) + "-" + national.substring(areaLength));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	public static boolean isValid(String raw) {
		return canonical(raw).isPresent();
	}

}
