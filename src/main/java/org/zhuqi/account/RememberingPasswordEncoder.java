package org.zhuqi.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering passwords it has already verified: API clients send HTTP Basic credentials with every
 * call, and a BCrypt check costs tens of milliseconds of CPU each time, which capped the whole API at a few
 * dozen calls a second on two cores.
 * <p>
 * After a successful check it keeps, under the stored BCrypt hash, an HMAC of the password with a key made
 * at start-up and never written anywhere. A later call with the same password and the same stored hash is
 * answered from that HMAC. A changed password has a new hash and misses; a wrong password always goes
 * through BCrypt (and through the login throttle). Nothing is kept across restarts.
 */
class RememberingPasswordEncoder implements PasswordEncoder {

	private static final String HMAC = "HmacSHA256";

	private final PasswordEncoder delegate;

	private final int capacity;

	private final SecretKeySpec key;

	private final Map<String, byte[]> verified = new ConcurrentHashMap<>();

	RememberingPasswordEncoder(PasswordEncoder delegate, int capacity) {
		this.delegate = delegate;
		this.capacity = capacity;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, HMAC);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		byte[] mac = mac(rawPassword);
		byte[] known = verified.get(encodedPassword);
		if (known != null && MessageDigest.isEqual(known, mac)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			if (verified.size() >= capacity) {
				verified.clear();
			}
			verified.put(encodedPassword, mac);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private byte[] mac(CharSequence rawPassword) {
		try {
			Mac hmac = Mac.getInstance(HMAC);
			hmac.init(key);
			return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
