package org.zhuqi.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The message bundles as they lie in {@code src/main/resources}, read straight from the files (no Spring): the
 * base files ({@code messages.properties}, {@code i18n/<bundle>.properties}) and their {@code _zh_CN} and
 * {@code _en} translations. Shared by the tests that guard the two languages.
 */
record MessageBundles(List<Bundle> bundles) {

	static final Path RESOURCES = Path.of("src", "main", "resources");

	static final String CHINESE = "_zh_CN";

	static final String ENGLISH = "_en";

	/**
	 * One bundle: its base name relative to the resources folder ({@code messages}, {@code i18n/directory}),
	 * its three files' entries, and keys that appear twice in one file (the later one silently wins).
	 */
	record Bundle(String name, Map<String, String> base, Map<String, String> chinese, Map<String, String> english,
			List<String> duplicates) {

		Map<String, String> language(String suffix) {
			return CHINESE.equals(suffix) ? chinese : english;
		}

	}

	/** Every bundle whose base file sits directly in the resources folder or in {@code i18n/}. */
	static MessageBundles load() {
		List<Bundle> bundles = new ArrayList<>();
		for (Path base : baseFiles()) {
			String name = RESOURCES.relativize(base).toString().replace('\\', '/').replaceFirst("\\.properties$", "");
			List<String> duplicates = new ArrayList<>();
			bundles.add(new Bundle(name, read(base, duplicates), read(sibling(base, CHINESE), duplicates),
					read(sibling(base, ENGLISH), duplicates), duplicates));
		}
		return new MessageBundles(bundles);
	}

	/** All keys of one language over every bundle, as Spring's merged {@code MessageSource} sees them. */
	Set<String> keys(String suffix) {
		Set<String> keys = new TreeSet<>();
		bundles.forEach(bundle -> keys.addAll(bundle.language(suffix).keySet()));
		return keys;
	}

	static Path sibling(Path base, String suffix) {
		String file = base.getFileName().toString().replaceFirst("\\.properties$", suffix + ".properties");
		return base.resolveSibling(file);
	}

	private static List<Path> baseFiles() {
		List<Path> files = new ArrayList<>();
		for (Path folder : List.of(RESOURCES, RESOURCES.resolve("i18n"))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> listing = Files.list(folder)) {
				listing.filter(file -> file.getFileName().toString().endsWith(".properties"))
					.filter(file -> !file.getFileName().toString().contains("_"))
					.filter(file -> folder.endsWith("i18n") || file.getFileName().toString().startsWith("messages"))
					.sorted()
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	/** The file's entries in file order of keys; a missing file reads as empty (a test names it missing). */
	private static Map<String, String> read(Path file, List<String> duplicates) {
		Map<String, String> entries = new TreeMap<>();
		if (!Files.exists(file)) {
			return entries;
		}
		Properties properties = new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				if (entries.put((String) key, (String) value) != null) {
					duplicates.add(file.getFileName() + ": " + key);
				}
				return super.put(key, value);
			}

		};
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file.toString(), ex);
		}
		return entries;
	}

}
