package org.zhuqi.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class RememberingPasswordEncoderTests {

	/** BCrypt with a record of every check it was asked to make. */
	static class CountingBcrypt implements PasswordEncoder {

		final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

		final List<String> checks = new ArrayList<>();

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.add(rawPassword.toString());
			return bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	private final CountingBcrypt bcrypt = new CountingBcrypt();

	private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(bcrypt, 100);

	@Test
	void answersARepeatedCorrectPasswordWithoutBcrypt() {
		String hash = encoder.encode("s3cret-pass");
		assertThat(encoder.matches("s3cret-pass", hash)).isTrue();
		assertThat(encoder.matches("s3cret-pass", hash)).isTrue();
		assertThat(encoder.matches("s3cret-pass", hash)).isTrue();
		assertThat(bcrypt.checks).hasSize(1);
	}

	@Test
	void sendsEveryWrongPasswordThroughBcrypt() {
		String hash = encoder.encode("s3cret-pass");
		assertThat(encoder.matches("s3cret-pass", hash)).isTrue();
		assertThat(encoder.matches("guess1", hash)).isFalse();
		assertThat(encoder.matches("guess1", hash)).isFalse();
		assertThat(bcrypt.checks).containsExactly("s3cret-pass", "guess1", "guess1");
	}

	@Test
	void forgetsTheOldPasswordOnceTheStoredHashChanges() {
		String oldHash = encoder.encode("old-pass-1");
		assertThat(encoder.matches("old-pass-1", oldHash)).isTrue();
		String newHash = encoder.encode("new-pass-2");
		assertThat(encoder.matches("old-pass-1", newHash)).isFalse();
		assertThat(encoder.matches("new-pass-2", newHash)).isTrue();
		assertThat(bcrypt.checks).containsExactly("old-pass-1", "old-pass-1", "new-pass-2");
	}

	@Test
	void staysWithinItsCapacity() {
		RememberingPasswordEncoder small = new RememberingPasswordEncoder(bcrypt, 2);
		for (int i = 0; i < 5; i++) {
			String password = "pass-" + i;
			assertThat(small.matches(password, small.encode(password))).isTrue();
		}
		String hash = small.encode("again-1");
		assertThat(small.matches("again-1", hash)).isTrue();
		assertThat(small.matches("again-1", hash)).isTrue();
	}

	@Test
	void refusesMissingValues() {
		assertThat(encoder.matches(null, "x")).isFalse();
		assertThat(encoder.matches("x", null)).isFalse();
	}

}
