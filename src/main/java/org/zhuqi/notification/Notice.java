package org.zhuqi.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something an {@link Audience} should know, shown in its inbox and sent to its e-mail addresses (see
 * {@link Notifications#send(Audience, Notice)}). The text is
 * a message key of the <em>caller's</em> bundle with arguments, rendered in each reader's language (zh_CN or
 * en) when read; an argument is either a text shown as it is (a problem's title, an enterprise's name) or a
 * message key rendered in the reader's language too (a state, a category): see {@link #text(Object)} and
 * {@link #message(String)}.
 *
 * @param kind what happened, an open set of upper-case names such as {@link #ASSIGNED} or {@link #OVERDUE};
 * the inbox shows a label for the kinds it knows
 * @param messageKey the key of the text, e.g. {@code demand.notice.assigned}
 * @param arguments the key's {@code {0}}, {@code {1}} ... arguments, at most {@value #MAX_ARGUMENTS}; a text
 * longer than {@value #MAX_TEXT} characters is shortened
 * @param link the page to open, a path under this application such as {@code /demands/42}
 */
public record Notice(String kind, String messageKey, List<Argument> arguments, String link) {

	/** Work was assigned to the audience (a problem to a department). */
	public static final String ASSIGNED = "ASSIGNED";

	/** A deadline of the audience's work is near. */
	public static final String DUE_SOON = "DUE_SOON";

	/** A deadline of the audience's work has passed. */
	public static final String OVERDUE = "OVERDUE";

	/** An enterprise rated the audience's work. */
	public static final String RATED = "RATED";

	/** Finished work was reopened, e.g. after a bad rating. */
	public static final String REOPENED = "REOPENED";

	/** Anything else worth knowing, e.g. the greeting of a new account. */
	public static final String INFO = "INFO";

	public static final int MAX_ARGUMENTS = 10;

	public static final int MAX_TEXT = 200;

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

	private static final Pattern KEY = Pattern.compile("[A-Za-z][\\w.\\-]{0,199}");

	private static final int LINK_MAX = 500;

	public Notice {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(link, "link");
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("kind must be an upper-case name of at most 32 characters: " + kind);
		}
		if (!KEY.matcher(messageKey).matches()) {
			throw new IllegalArgumentException("not a message key: " + messageKey);
		}
		arguments = List.copyOf(arguments == null ? List.of() : arguments);
		if (arguments.size() > MAX_ARGUMENTS) {
			throw new IllegalArgumentException("at most " + MAX_ARGUMENTS + " arguments");
		}
		if (!isLocalPath(link)) {
			throw new IllegalArgumentException("link must be a path under this application: " + link);
		}
	}

	/**
	 * A notice whose arguments are {@link Argument}s or any other values, which are shown as text
	 * ({@link #text(Object)}).
	 */
	public static Notice of(String kind, String messageKey, String link, Object... arguments) {
		List<Argument> list = new ArrayList<>(arguments.length);
		for (Object argument : arguments) {
			list.add(argument instanceof Argument given ? given : text(argument));
		}
		return new Notice(kind, messageKey, list, link);
	}

	/** An argument shown as it is, e.g. a problem's title ({@code null} shows as an empty text). */
	public static Argument text(Object value) {
		return new Argument(value == null ? "" : String.valueOf(value), false);
	}

	/** An argument that is itself a message key, rendered in the reader's language, e.g. a state's name. */
	public static Argument message(String key) {
		return new Argument(key, true);
	}

	/**
	 * One argument of the text.
	 *
	 * @param value the text, or the message key when {@code messageKey} is set
	 * @param messageKey whether {@code value} is a message key to render in the reader's language
	 */
	public record Argument(String value, boolean messageKey) {

		public Argument {
			Objects.requireNonNull(value, "value");
			if (messageKey && !KEY.matcher(value).matches()) {
				throw new IllegalArgumentException("not a message key: " + value);
			}
			if (!messageKey && value.length() > MAX_TEXT) {
				int cut = Character.isHighSurrogate(value.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1;
				value = value.substring(0, cut) + "…";
			}
		}

	}

	/** A path such as {@code /demands/42?tab=timeline}: no scheme, no host, no protocol-relative {@code //}. */
	private static boolean isLocalPath(String link) {
		return link.length() <= LINK_MAX && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
				&& link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
	}

}
