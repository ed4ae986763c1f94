package org.zhuqi.evaluation.voter;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Evaluation settings under {@code zhuqi.evaluation.*}.
 *
 * @param voterKeySecret the secret of the voter keys ({@code ZHUQI_VOTER_KEY_SECRET}), at least 32 characters;
 * never stored in the database. It must stay the same for the life of every campaign: another secret gives
 * every credential another key, so a voter could vote again
 * @param voterKeyFile where the secret is kept when {@code voterKeySecret} is not set: read if it exists,
 * otherwise generated once (32 random bytes, URL-safe Base64) and kept there
 * @param publicBaseUrl the address voters reach the platform at, e.g. {@code https://zhuqi.example.gov.cn}
 * ({@code ZHUQI_BASE_URL}), put before {@code /vote/<token>} on credential cards and in the SMS list; blank
 * means the address the service centre's own request came in at
 */
@ConfigurationProperties("zhuqi.evaluation")
record EvaluationProperties(String voterKeySecret, @DefaultValue("data/voter-key.secret") Path voterKeyFile,
		@DefaultValue("") String publicBaseUrl) {
}
