package org.zhuqi.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template names exists in both languages: literal {@code #{key}} expressions, the fixed
 * prefix of computed keys such as {@code #{'size.' + ${e.sizeClass}}}, and keys handed as string arguments to a
 * fragment that prints them with {@code #{${label}}} (like {@code forms :: input('enterprise.name', ...)}).
 */
class TemplateMessagesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.\\-]*)\\s*(?=[}(])");

	private static final Pattern KEY_PREFIX = Pattern.compile("#\\{\\s*'([\\w.\\-]+)'\\s*\\+");

	private static final Pattern FRAGMENT_SIGNATURE = Pattern.compile("\\s*([\\w-]+)\\s*(?:\\(([^)]*)\\))?\\s*");

	private static final Pattern FRAGMENT_CALL = Pattern.compile("~\\{\\s*([\\w/\\-]+)\\s*::\\s*([\\w-]+)\\s*\\(");

	private static final Pattern STRING_LITERAL = Pattern.compile("'([\\w.\\-]+)'");

	private final List<Template> templates = Template.all();

	private final MessageBundles bundles = MessageBundles.load();

	/** A key a template uses, and where. */
	private record Use(String template, String key) {
	}

	@Test
	void findsTemplates() {
		assertThat(templates).extracting(Template::name).contains("fragments/layout.html");
	}

	@Test
	void literalKeysExistInBothLanguages() {
		List<Use> uses = new ArrayList<>();
		for (Template template : templates) {
			Matcher matcher = LITERAL_KEY.matcher(template.withoutComments());
			while (matcher.find()) {
				uses.add(new Use(template.name(), matcher.group(1)));
			}
		}
		assertThat(uses).as("literal #{key} expressions").isNotEmpty();
		assertThat(missing(uses)).as("message keys used in templates but missing in a language").isEmpty();
	}

	@Test
	void computedKeysHaveAtLeastOneKeyWithTheirPrefix() {
		List<String> problems = new ArrayList<>();
		for (Template template : templates) {
			Matcher matcher = KEY_PREFIX.matcher(template.withoutComments());
			while (matcher.find()) {
				String prefix = matcher.group(1);
				for (String suffix : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
					if (bundles.keys(suffix).stream().noneMatch(key -> key.startsWith(prefix))) {
						problems.add(template.name() + ": no " + suffix + " key starts with '" + prefix + "'");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void keysPassedToLabelFragmentsExistInBothLanguages() {
		Map<String, Set<Integer>> labelParameters = labelParameters();
		List<Use> uses = new ArrayList<>();
		for (Template template : templates) {
			String source = template.withoutComments();
			Matcher call = FRAGMENT_CALL.matcher(source);
			while (call.find()) {
				Set<Integer> positions = labelParameters.get(call.group(1) + "::" + call.group(2));
				if (positions == null) {
					continue;
				}
				List<String> arguments = arguments(source, call.end());
				for (int position : positions) {
					Matcher literal = position < arguments.size() ? STRING_LITERAL.matcher(arguments.get(position))
							: null;
					if (literal != null && literal.matches()) {
						uses.add(new Use(template.name(), literal.group(1)));
					}
				}
			}
		}
		assertThat(missing(uses)).as("message keys passed to fragments but missing in a language").isEmpty();
	}

	/**
	 * For each fragment ({@code fragments/forms::input}), the positions of its parameters that it prints as a
	 * message key with {@code #{${parameter}}}.
	 */
	private Map<String, Set<Integer>> labelParameters() {
		Map<String, Set<Integer>> found = new HashMap<>();
		for (Template template : templates) {
			String owner = template.name().replaceFirst("\\.html$", "");
			for (Element element : template.parse().getAllElements()) {
				Matcher signature = FRAGMENT_SIGNATURE.matcher(element.attr("th:fragment"));
				if (!element.hasAttr("th:fragment") || !signature.matches() || signature.group(2) == null) {
					continue;
				}
				String[] parameters = signature.group(2).split(",");
				Set<Integer> labels = new TreeSet<>();
				for (int i = 0; i < parameters.length; i++) {
					if (element.outerHtml().contains("#{${" + parameters[i].strip() + "}}")) {
						labels.add(i);
					}
				}
				if (!labels.isEmpty()) {
					found.put(owner + "::" + signature.group(1), labels);
				}
			}
		}
		return found;
	}

	/** The top-level arguments of a fragment call whose opening parenthesis ends at {@code start}. */
	private static List<String> arguments(String source, int start) {
		List<String> arguments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (int i = start; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '(' || c == '{' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == '}' || c == ']')) {
				if (depth == 0) {
					arguments.add(current.toString().strip());
					return arguments;
				}
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				arguments.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		return arguments;
	}

	private List<String> missing(List<Use> uses) {
		List<String> missing = new ArrayList<>();
		Set<String> chinese = bundles.keys(MessageBundles.CHINESE);
		Set<String> english = bundles.keys(MessageBundles.ENGLISH);
		for (Use use : uses) {
			if (!chinese.contains(use.key())) {
				missing.add(use.template() + ": " + use.key() + " (zh_CN)");
			}
			if (!english.contains(use.key())) {
				missing.add(use.template() + ": " + use.key() + " (en)");
			}
		}
		return missing.stream().distinct().toList();
	}

}
