package org.zhuqi.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void acceptsEightCharactersWithLettersAndDigits() {
		assertThat(PasswordPolicy.check("abcdef12", "zhang.san")).isEmpty();
	}

	@Test
	void rejectsBlankPassword() {
		assertThat(PasswordPolicy.check("", "zhang.san")).contains("password.blank");
		assertThat(PasswordPolicy.check(null, "zhang.san")).contains("password.blank");
	}

	@Test
	void rejectsPasswordShorterThanEightCharacters() {
		assertThat(PasswordPolicy.check("abcde12", "zhang.san")).contains("password.tooShort");
	}

	@Test
	void rejectsPasswordLongerThanSixtyFourCharacters() {
		assertThat(PasswordPolicy.check("a1".repeat(32), "zhang.san")).isEmpty();
		assertThat(PasswordPolicy.check("a1".repeat(32) + "b", "zhang.san")).contains("password.tooLong");
	}

	@Test
	void rejectsPasswordBeyondSeventyTwoBytesWhichBcryptCannotHash() {
		String chinese = "密码".repeat(12) + "a1";
		assertThat(chinese).hasSizeLessThan(PasswordPolicy.MAX_LENGTH);
		assertThat(PasswordPolicy.check(chinese, "zhang.san")).contains("password.tooLong");
	}

	@Test
	void rejectsPasswordWithoutDigit() {
		assertThat(PasswordPolicy.check("abcdefgh", "zhang.san")).contains("password.lettersAndDigits");
	}

	@Test
	void rejectsPasswordWithoutLetter() {
		assertThat(PasswordPolicy.check("12345678", "zhang.san")).contains("password.lettersAndDigits");
	}

	@Test
	void rejectsUsernameAsPasswordWhateverItsCase() {
		assertThat(PasswordPolicy.check("Cadre2024", "cadre2024")).contains("password.sameAsUsername");
	}

	@Test
	void acceptsAGoodChange() {
		assertThat(PasswordPolicy.checkChange("zhang.san", "old-pass1", "new-pass2", "new-pass2")).isEmpty();
	}

	@Test
	void rejectsChangeToTheCurrentPassword() {
		assertThat(PasswordPolicy.checkChange("zhang.san", "same-pass1", "same-pass1", "same-pass1"))
			.containsExactly(new PasswordPolicy.Rejection("newPassword", "password.sameAsCurrent"));
	}

	@Test
	void rejectsChangeWhoseConfirmationDiffers() {
		assertThat(PasswordPolicy.checkChange("zhang.san", "old-pass1", "new-pass2", "new-pass3"))
			.containsExactly(new PasswordPolicy.Rejection("confirmation", "password.confirmationMismatch"));
	}

	@Test
	void reportsEveryBrokenRuleOfAChangeAtOnce() {
		assertThat(PasswordPolicy.checkChange("zhang.san", "old-pass1", "short1", "short2")).containsExactly(
				new PasswordPolicy.Rejection("newPassword", "password.tooShort"),
				new PasswordPolicy.Rejection("confirmation", "password.confirmationMismatch"));
	}

}
