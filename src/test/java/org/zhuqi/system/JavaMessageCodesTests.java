package org.zhuqi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message codes that Java code hands to the user exist in both languages, just like those in templates:
 * Bean Validation templates ({@code "{uscc.length}"}), field and form errors
 * ({@code new RejectedFieldException("uscc", "enterprise.uscc.taken")}, {@code reject("form.conflict")}), flash
 * messages ({@code addFlashAttribute("message", "form.saved")}) and direct {@code getMessage("problem.invalid")}.
 */
class JavaMessageCodesTests {

	private static final Path SOURCES = Path.of("src", "main", "java");

	private static final List<Pattern> CODE_PATTERNS = List.of(
			Pattern.compile("\"\\{([a-z][\\w.]*)}\""),
			Pattern.compile("RejectedFieldException\\(\\s*\"[^\"]*\"\\s*,\\s*\"([\\w.]+)\""),
			Pattern.compile("\\.reject\\(\\s*\"([\\w.]+)\""),
			Pattern.compile("\\.rejectValue\\(\\s*\"[^\"]*\"\\s*,\\s*\"([\\w.]+)\""),
			Pattern.compile("addFlashAttribute\\(\\s*\"message\"\\s*,\\s*\"([\\w.]+)\"\\s*\\)"),
			Pattern.compile("getMessage\\(\\s*\"([\\w.]+)\""));

	/** A code followed by {@code +} is the fixed start of a computed code, like {@code "size." + size.name()}. */
	private static final Pattern CONCATENATION = Pattern.compile("\\s*\\+");

	/** Codes Bean Validation itself translates (Hibernate Validator ships Chinese and English). */
	private static final List<String> PROVIDED_PREFIXES = List.of("jakarta.", "org.hibernate.");

	@Test
	void everyMessageCodeInJavaExistsInBothLanguages() throws IOException {
		MessageBundles bundles = MessageBundles.load();
		Set<String> chinese = bundles.keys(MessageBundles.CHINESE);
		Set<String> english = bundles.keys(MessageBundles.ENGLISH);
		List<String> codes = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String source = read(file);
				for (Pattern pattern : CODE_PATTERNS) {
					Matcher matcher = pattern.matcher(source);
					while (matcher.find()) {
						String code = matcher.group(1);
						if (PROVIDED_PREFIXES.stream().anyMatch(code::startsWith)) {
							continue;
						}
						codes.add(code);
						boolean computed = CONCATENATION.matcher(source).region(matcher.end(), source.length()).lookingAt();
						boolean inChinese = computed ? chinese.stream().anyMatch(key -> key.startsWith(code))
								: chinese.contains(code);
						boolean inEnglish = computed ? english.stream().anyMatch(key -> key.startsWith(code))
								: english.contains(code);
						if (!inChinese || !inEnglish) {
							missing.add(SOURCES.relativize(file) + ": " + code + (computed ? "..." : "")
									+ (inChinese ? "" : " (zh_CN)") + (inEnglish ? "" : " (en)"));
						}
					}
				}
			}
		}
		assertThat(codes).as("message codes found in Java sources").isNotEmpty();
		assertThat(missing).as("message codes used in Java but missing in a language").isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
