package org.zhuqi.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhuqi.system.MessageBundles.Bundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the two languages of every message bundle: Simplified Chinese first, English second, the same keys in
 * both, nothing left empty or untranslated, and the same placeholders on both sides.
 */
class MessageBundlesTests {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

	private static final Pattern MESSAGE_FORMAT_ARGUMENT = Pattern.compile("\\{\\d");

	/** Keys whose Chinese text may rightly differ from the English without a Chinese character. */
	private static final Set<String> LANGUAGE_NEUTRAL = Set.of();

	private final MessageBundles bundles = MessageBundles.load();

	@Test
	void findsTheMainBundleAndBothTranslationsOfEveryBundle() {
		assertThat(bundles.bundles()).extracting(Bundle::name).contains("messages");
		List<String> missing = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			for (String suffix : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
				if (!Files.exists(MessageBundles.RESOURCES.resolve(bundle.name() + suffix + ".properties"))) {
					missing.add(bundle.name() + suffix + ".properties");
				}
			}
		}
		assertThat(missing).as("translation files missing").isEmpty();
	}

	@Test
	void leavesBaseFilesEmptySoThatNoMissingTranslationIsHidden() {
		List<String> filled = bundles.bundles()
			.stream()
			.filter(bundle -> !bundle.base().isEmpty())
			.map(bundle -> bundle.name() + ".properties: " + bundle.base().keySet())
			.toList();
		assertThat(filled).as("base bundles must stay empty; put keys in _zh_CN and _en").isEmpty();
	}

	@Test
	void givesBothLanguagesTheSameKeys() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			Set<String> onlyChinese = new TreeSet<>(bundle.chinese().keySet());
			onlyChinese.removeAll(bundle.english().keySet());
			Set<String> onlyEnglish = new TreeSet<>(bundle.english().keySet());
			onlyEnglish.removeAll(bundle.chinese().keySet());
			onlyChinese.forEach(key -> problems.add(bundle.name() + "_en.properties lacks " + key));
			onlyEnglish.forEach(key -> problems.add(bundle.name() + "_zh_CN.properties lacks " + key));
		}
		assertThat(problems).as("keys missing in one language").isEmpty();
	}

	@Test
	void definesEveryKeyOnceInOneBundle() {
		List<String> duplicates = new ArrayList<>();
		bundles.bundles().forEach(bundle -> duplicates.addAll(bundle.duplicates()));
		Map<String, String> owner = new HashMap<>();
		for (Bundle bundle : bundles.bundles()) {
			for (String key : bundle.chinese().keySet()) {
				String previous = owner.putIfAbsent(key, bundle.name());
				if (previous != null) {
					duplicates.add(key + " in " + previous + " and " + bundle.name());
				}
			}
		}
		assertThat(duplicates).as("keys defined more than once").isEmpty();
	}

	@Test
	void leavesNoValueEmpty() {
		List<String> empty = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			for (String suffix : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
				bundle.language(suffix)
					.forEach((key, value) -> {
						if (value.isBlank()) {
							empty.add(bundle.name() + suffix + ": " + key);
						}
					});
			}
		}
		assertThat(empty).as("empty messages").isEmpty();
	}

	@Test
	void writesChineseInTheChineseBundleAndEnglishInTheEnglishOne() {
		List<String> untranslated = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			bundle.chinese().forEach((key, chinese) -> {
				String english = bundle.english().get(key);
				if (english == null || english.equals(chinese) || LANGUAGE_NEUTRAL.contains(key)) {
					return;
				}
				if (LETTER.matcher(chinese).find() && !HAN.matcher(chinese).find()) {
					untranslated.add(bundle.name() + "_zh_CN: " + key + "=" + chinese);
				}
				if (LETTER.matcher(english).find() && !LATIN.matcher(english).find()) {
					untranslated.add(bundle.name() + "_en: " + key + "=" + english);
				}
			});
		}
		assertThat(untranslated).as("messages that look untranslated").isEmpty();
	}

	@Test
	void usesTheSamePlaceholdersInBothLanguages() {
		List<String> mismatches = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			bundle.chinese().forEach((key, chinese) -> {
				String english = bundle.english().get(key);
				if (english != null && !placeholders(chinese).equals(placeholders(english))) {
					mismatches.add(bundle.name() + ": " + key + " has " + placeholders(chinese) + " in Chinese but "
							+ placeholders(english) + " in English");
				}
			});
		}
		assertThat(mismatches).as("placeholders differ between the languages").isEmpty();
	}

	/** With arguments Spring formats a message with MessageFormat, which swallows a single apostrophe. */
	@Test
	void doublesApostrophesInMessagesWithArguments() {
		Pattern single = Pattern.compile("(?<!')'(?!')");
		List<String> broken = new ArrayList<>();
		for (Bundle bundle : bundles.bundles()) {
			for (String suffix : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
				bundle.language(suffix).forEach((key, value) -> {
					if (MESSAGE_FORMAT_ARGUMENT.matcher(value).find() && single.matcher(value).find()) {
						broken.add(bundle.name() + suffix + ": " + key + "=" + value);
					}
				});
			}
		}
		assertThat(broken).as("write '' for an apostrophe in a message with {0}-style arguments").isEmpty();
	}

	@Test
	void registersEveryBundleWithSpring() throws IOException {
		Properties application = new Properties();
		try (Reader reader = Files.newBufferedReader(MessageBundles.RESOURCES.resolve("application.properties"),
				StandardCharsets.UTF_8)) {
			application.load(reader);
		}
		Set<String> registered = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
			.map(String::strip)
			.collect(Collectors.toSet());
		assertThat(registered).as("spring.messages.basename in application.properties")
			.containsAll(bundles.bundles().stream().map(Bundle::name).toList());
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

}
