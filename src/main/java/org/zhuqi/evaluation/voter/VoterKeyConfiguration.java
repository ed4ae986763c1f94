package org.zhuqi.evaluation.voter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the credential generator and the {@link VoterKeys} with the server's secret: from
 * {@code zhuqi.evaluation.voter-key-secret} when set, otherwise from the secret file, generated on first use.
 */
@Configuration(proxyBeanMethods = false)
class VoterKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(VoterKeyConfiguration.class);

	@Bean
	CredentialTokens credentialTokens() {
		return new CredentialTokens(new SecureRandom());
	}

	@Bean
	VoterKeys voterKeys(EvaluationProperties properties) {
		String configured = properties.voterKeySecret();
		if (configured != null && !configured.isBlank()) {
			byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
			if (secret.length < VoterKeys.MIN_SECRET_BYTES) {
				throw new IllegalStateException("zhuqi.evaluation.voter-key-secret must have at least "
						+ VoterKeys.MIN_SECRET_BYTES + " characters");
			}
			return new VoterKeys(secret);
		}
		return new VoterKeys(fileSecret(properties.voterKeyFile().toAbsolutePath().normalize()));
	}

	private static byte[] fileSecret(Path file) {
		try {
			if (!Files.exists(file)) {
				generate(file);
			}
			return Base64.getUrlDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read or create the voter key secret " + file, ex);
		}
	}

	private static void generate(Path file) throws IOException {
		byte[] secret = new byte[VoterKeys.MIN_SECRET_BYTES];
		new SecureRandom().nextBytes(secret);
		Files.createDirectories(file.getParent());
		try {
			Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
					StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (FileAlreadyExistsException ex) {
			return;
		}
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			log.debug("no POSIX permissions on {}", file);
		}
		log.warn("Generated the voter key secret in {}; keep this file (or set ZHUQI_VOTER_KEY_SECRET) for as long as "
				+ "any campaign runs: another secret lets every voter vote again", file);
	}

}
