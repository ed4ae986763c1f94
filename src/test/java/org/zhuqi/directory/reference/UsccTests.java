package org.zhuqi.directory.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UsccTests {

	/** Codes printed on the business licences of well-known enterprises. */
	@ParameterizedTest
	@ValueSource(strings = { "91110108551385082Q", "91330100799655058B", "914403001922038216",
			"9144030071526726XG", "91440300708461136T" })
	void acceptsPublishedCodes(String code) {
		assertThat(Uscc.check(code)).isEqualTo(new Uscc.Verdict.Valid(code));
	}

	@Test
	void computesTheCheckCharacterFromTheFirstSeventeen() {
		assertThat(Uscc.checkCharacter("91330106MA2GL5XK1")).isEqualTo('3');
		assertThat(Uscc.checkCharacter("91110108551385082")).isEqualTo('Q');
	}

	@Test
	void rejectsEveryWrongCheckCharacterNamingTheExpectedOne() {
		String first17 = "91330106MA2GL5XK1";
		for (char candidate : Uscc.ALPHABET.toCharArray()) {
			if (candidate == '3') {
				continue;
			}
			assertThat(Uscc.check(first17 + candidate))
				.as("check character %s", candidate)
				.isEqualTo(new Uscc.Verdict.WrongCheckCharacter('3', candidate));
		}
	}

	@Test
	void acceptsLowerCaseAndSurroundingSpaceAsTheSameCode() {
		assertThat(Uscc.check("  91330106ma2gl5xk13 ")).isEqualTo(new Uscc.Verdict.Valid("91330106MA2GL5XK13"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "9133010", "91330106MA2GL5XK1", "91330106MA2GL5XK1NN" })
	void rejectsWrongLength(String code) {
		assertThat(Uscc.check(code)).isEqualTo(new Uscc.Verdict.WrongLength(code.length()));
	}

	@ParameterizedTest
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V' })
	void rejectsLettersTheStandardLeavesOut(char letter) {
		String code = "91330106MA2GL5X" + letter + "13";
		assertThat(Uscc.check(code)).isEqualTo(new Uscc.Verdict.IllegalCharacter(16, letter));
	}

	@Test
	void rejectsPunctuationAndChineseCharacters() {
		assertThat(Uscc.check("91330106-A2GL5XK13")).isEqualTo(new Uscc.Verdict.IllegalCharacter(9, '-'));
		assertThat(Uscc.check("9133010６MA2GL5XK13")).isInstanceOf(Uscc.Verdict.IllegalCharacter.class);
	}

	@Test
	void refusesToComputeACheckCharacterFromAWrongPrefix() {
		assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("9133"));
		assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacter("91330106MA2GL5XKI"));
	}

}
