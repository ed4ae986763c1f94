package org.zhuqi.policy.application;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BankAccountTests {

	@Test
	void acceptsTwelveToThirtyDigitsWithSpacesBetweenGroups() {
		assertThat(BankAccount.parse("6222 0212 3456 7890 1234").number()).isEqualTo("62220212345678901234");
		assertThat(BankAccount.parse("123456789012").number()).hasSize(12);
		assertThat(BankAccount.parse("1".repeat(30)).number()).hasSize(30);
	}

	@Test
	void refusesTooShortTooLongAndNonDigits() {
		for (String typed : new String[] { "12345678901", "1".repeat(31), "6222-0212-3456-7890", "6222a212345678",
				"", "   ", "６２２２０２１２３４５６" }) {
			assertThatThrownBy(() -> BankAccount.parse(typed)).as(typed)
				.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
					assertThat(ex.field()).isEqualTo("bankAccount");
					assertThat(ex.code()).isEqualTo("policy.application.bankAccount.invalid");
				});
		}
		assertThat(BankAccount.valid("6222 0212 3456")).isTrue();
		assertThat(BankAccount.valid(null)).isFalse();
	}

	@Test
	void masksAllButTheFirstAndLastFourDigits() {
		BankAccount account = BankAccount.parse("6222021234567890123");
		assertThat(account.masked()).isEqualTo("6222 **** **** 0123");
		assertThat(account.toString()).isEqualTo("6222 **** **** 0123").doesNotContain("4567");
		assertThat(BankAccount.mask(null)).isNull();
	}

	@Test
	void groupsTheFullNumberForTheReviewer() {
		assertThat(BankAccount.parse("6222021234567890123").grouped()).isEqualTo("6222 0212 3456 7890 123");
	}

}
