package org.zhuqi.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordGeneratorTests {

	private final PasswordGenerator generator = new PasswordGenerator();

	@Test
	void generatedPasswordsPassThePolicy() {
		for (int i = 0; i < 1_000; i++) {
			String password = generator.temporaryFor("zhang.san");
			assertThat(password).hasSize(PasswordGenerator.LENGTH);
			assertThat(PasswordPolicy.check(password, "zhang.san")).isEmpty();
		}
	}

	@Test
	void generatedPasswordsAvoidConfusableCharacters() {
		for (int i = 0; i < 1_000; i++) {
			assertThat(generator.temporaryFor("zhang.san")).doesNotContainAnyWhitespaces()
				.containsPattern("^[^0O1lI]+$");
		}
	}

	@Test
	void generatedPasswordsDiffer() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1_000; i++) {
			seen.add(generator.temporaryFor("zhang.san"));
		}
		assertThat(seen).hasSize(1_000);
	}

}
