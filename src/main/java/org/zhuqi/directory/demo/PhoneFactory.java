package org.zhuqi.directory.demo;

import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.zhuqi.directory.reference.PhoneNumbers;

/**
 * Mainland mobile numbers (and Hangzhou fixed lines for some enterprise contacts) that pass
 * {@link PhoneNumbers} and are returned in its canonical spelling, unique across the whole demo data.
 */
final class PhoneFactory {

	private static final String[] MOBILE_PREFIXES = { "130", "131", "132", "133", "135", "136", "137", "138", "139",
			"150", "151", "152", "153", "155", "157", "158", "159", "177", "180", "181", "186", "187", "188", "189",
			"199" };

	private final Random random;

	private final Set<String> taken;

	PhoneFactory(Random random, Set<String> taken) {
		this.random = random;
		this.taken = taken;
	}

	String mobile() {
		return unique(() -> MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(8));
	}

	/** A Hangzhou (0571) fixed-line number, as many company switchboards have. */
	String fixedLine() {
		return unique(() -> "0571-8" + digits(7));
	}

	private String unique(Supplier<String> candidates) {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			String canonical = PhoneNumbers.canonical(candidates.get()).orElse(null);
			if (canonical != null && taken.add(canonical)) {
				return canonical;
			}
		}
		throw new IllegalStateException("no free phone number after " + taken.size());
	}

	private String digits(int count) {
		StringBuilder digits = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

}
