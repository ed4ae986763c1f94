package org.zhuqi.directory.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void writesMobilesAsElevenDigits() {
		assertThat(PhoneNumbers.canonical("138 1234 5678")).contains("13812345678");
		assertThat(PhoneNumbers.canonical("+86 138-1234-5678")).contains("13812345678");
	}

	@Test
	void writesFixedLinesWithAreaCodeAndHyphen() {
		assertThat(PhoneNumbers.canonical("0571 8888 6666")).contains("0571-88886666");
		assertThat(PhoneNumbers.canonical("(0571)88886666")).contains("0571-88886666");
		assertThat(PhoneNumbers.canonical("010-66668888")).contains("010-66668888");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "12345", "1381234567", "abc", "+1 650 253 0000" })
	void rejectsNumbersThatAreNotMainlandPhones(String raw) {
		assertThat(PhoneNumbers.canonical(raw)).isEmpty();
	}

}
