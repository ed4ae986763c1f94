package org.zhuqi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One Thymeleaf template under {@code src/main/resources/templates}, read as text: its name relative to that
 * folder ({@code directory/enterprises.html}) and its source. Shared by the template guard tests.
 */
record Template(String name, String source) {

	static final Path FOLDER = MessageBundles.RESOURCES.resolve("templates");

	/** Thymeleaf parser-level comments, including the block form that hides markup between its two halves. */
	private static final Pattern PARSER_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);

	/**
	 * Table tags, renamed before parsing: an HTML parser drops a {@code <tr>} or {@code <td>} it meets outside a
	 * table (as in a fragment file), while Thymeleaf keeps the markup as written.
	 */
	private static final Pattern TABLE_TAG = Pattern.compile("<(/?)(table|caption|thead|tbody|tfoot|tr|td|th)(?=[\\s>/])",
			Pattern.CASE_INSENSITIVE);

	static final String RENAMED_TABLE_TAG = "x-";

	static List<Template> all() {
		try (Stream<Path> files = Files.walk(FOLDER)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().map(Template::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The source without Thymeleaf parser-level comments, which never reach the browser. */
	String withoutComments() {
		return PARSER_COMMENT.matcher(source).replaceAll("");
	}

	/**
	 * The markup as jsoup sees it, without parser-level comments and with table tags renamed
	 * ({@code <x-td>}), so every element stays where the template put it.
	 */
	Document parse() {
		return Jsoup.parse(TABLE_TAG.matcher(withoutComments()).replaceAll("<$1" + RENAMED_TABLE_TAG + "$2"));
	}

	private static Template read(Path file) {
		try {
			String name = FOLDER.relativize(file).toString().replace('\\', '/');
			return new Template(name, Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
