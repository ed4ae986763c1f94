package org.zhuqi.evaluation.voter;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialTokensTests {

	private final CredentialTokens tokens = new CredentialTokens(new SecureRandom());

	@Test
	void issuesUrlSafeTokensOfOneHundredFortyFourRandomBits() {
		Set<String> issued = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = tokens.newToken();
			assertThat(token).hasSize(CredentialTokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
			assertThat(Base64.getUrlDecoder().decode(token)).hasSize(CredentialTokens.TOKEN_BYTES);
			assertThat(CredentialTokens.wellFormed(token)).isTrue();
			issued.add(token);
		}
		assertThat(CredentialTokens.TOKEN_BITS).isGreaterThanOrEqualTo(128);
		assertThat(issued).hasSize(1000);
	}

	@Test
	void storesATokenAsItsSha256() {
		// printf '%s' 'Xq3-9vT_0aBcDeFgHiJkLmNo' | sha256sum
		assertThat(CredentialTokens.digest("Xq3-9vT_0aBcDeFgHiJkLmNo"))
			.isEqualTo("56a3cb82bb339b0a68dbbb7adeb9424ada20ead489befbcb3b7bc4e7d184e065");
	}

	@Test
	void refusesTextThatIsNotShapedLikeAToken() {
		assertThat(CredentialTokens.wellFormed(null)).isFalse();
		assertThat(CredentialTokens.wellFormed("short")).isFalse();
		assertThat(CredentialTokens.wellFormed("Xq3-9vT_0aBcDeFgHiJkLmN=")).isFalse();
		assertThat(CredentialTokens.wellFormed("Xq3-9vT_0aBcDeFgHiJkLmNo'")).isFalse();
	}

	@Test
	void keysACredentialWithTheServerSecret() {
		byte[] secret = "zhuqi-test-secret-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);
		VoterKeys keys = new VoterKeys(secret);
		// printf '%s' 'Xq3-9vT_0aBcDeFgHiJkLmNo' | openssl dgst -sha256 -hmac 'zhuqi-test-secret-of-thirty-two-bytes!'
		assertThat(keys.keyOf("Xq3-9vT_0aBcDeFgHiJkLmNo"))
			.isEqualTo("aed5b355a9088fa4200cf322cb8e84b0c19aa5eef2429eec238d2f97013992c9");
		assertThat(keys.keyOf("Xq3-9vT_0aBcDeFgHiJkLmNo")).as("not the plain hash that the roll stores")
			.isNotEqualTo(CredentialTokens.digest("Xq3-9vT_0aBcDeFgHiJkLmNo"));
		byte[] otherSecret = "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
		assertThat(new VoterKeys(otherSecret).keyOf("Xq3-9vT_0aBcDeFgHiJkLmNo"))
			.isNotEqualTo(keys.keyOf("Xq3-9vT_0aBcDeFgHiJkLmNo"));
	}

	@Test
	void refusesASecretShorterThanThirtyTwoBytes() {
		assertThatThrownBy(() -> new VoterKeys("too-short".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
