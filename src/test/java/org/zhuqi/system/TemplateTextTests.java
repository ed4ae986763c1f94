package org.zhuqi.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template carries a user-visible word of its own: text comes from message keys through {@code th:text}
 * and friends, and visible attributes through {@code th:placeholder}, {@code th:title}, {@code th:attr} ... .
 * Text that Thymeleaf replaces (the body of a {@code th:text} element, a {@code th:replace} placeholder,
 * {@code th:remove="all"} prototype rows) and inline {@code [[...]]} expressions are fine.
 */
class TemplateTextTests {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Inline expressions print a message or a value, never literal text. */
	private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** Attributes whose presence means Thymeleaf writes (or drops) the element's body. */
	private static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert");

	/** Attributes a person reads or hears. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label",
			"aria-description", "aria-roledescription", "aria-valuetext", "label", "data-confirm");

	private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

	private final List<Template> templates = Template.all();

	@Test
	void templatesHaveNoLiteralText() {
		List<String> problems = new ArrayList<>();
		for (Template template : templates) {
			Document document = template.parse();
			for (TextNode text : document.getAllElements().stream().flatMap(e -> e.textNodes().stream()).toList()) {
				String visible = INLINE_EXPRESSION.matcher(text.getWholeText()).replaceAll("");
				if (LETTER.matcher(visible).find() && !replacedByThymeleaf((Element) text.parentNode())) {
					problems.add(template.name() + ": \"" + text.getWholeText().strip() + "\"");
				}
			}
		}
		assertThat(problems).as("literal text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void templatesHaveNoLiteralVisibleAttributes() {
		List<String> problems = new ArrayList<>();
		for (Template template : templates) {
			for (Element element : template.parse().getAllElements()) {
				for (Attribute attribute : element.attributes()) {
					String name = attribute.getKey().toLowerCase(Locale.ROOT);
					if (visible(element, name) && LETTER.matcher(attribute.getValue()).find()) {
						String tag = element.tagName().replaceFirst("^" + Template.RENAMED_TABLE_TAG, "");
						problems.add(template.name() + ": <" + tag + " " + name + "=\""
								+ attribute.getValue() + "\">");
					}
				}
			}
		}
		assertThat(problems).as("literal visible attributes; use th:placeholder, th:title, th:attr ...").isEmpty();
	}

	private static boolean visible(Element element, String attribute) {
		if (VISIBLE_ATTRIBUTES.contains(attribute)) {
			return true;
		}
		return "value".equals(attribute) && ("button".equals(element.tagName())
				|| "input".equals(element.tagName()) && BUTTON_INPUT_TYPES.contains(element.attr("type")));
	}

	/**
	 * Whether Thymeleaf replaces or removes this element's body, or it is script or style. A page that hands
	 * its own parts to a layout ({@code <html th:replace="~{fragments/layout :: layout(~{::title}, ~{::main})}">})
	 * still shows those parts, so such a replace does not count.
	 */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if ("script".equals(e.tagName()) || "style".equals(e.tagName())) {
				return true;
			}
			for (String processor : BODY_REPLACING) {
				String value = e.hasAttr("th:" + processor) ? e.attr("th:" + processor) : e.attr("data-th-" + processor);
				if (!value.isEmpty() && !value.contains("~{::") && !value.contains("~{this::")) {
					return true;
				}
			}
			String remove = e.hasAttr("th:remove") ? e.attr("th:remove") : e.attr("data-th-remove");
			if ("all".equals(remove) || "body".equals(remove)) {
				return true;
			}
		}
		return false;
	}

}
