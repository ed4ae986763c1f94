package org.zhuqi.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Renders a notice's message key and arguments in one language through the application's
 * {@link MessageSource}; argument keys are rendered in the same language. A key that no bundle knows (say, one
 * removed since the notice was posted) shows as the key itself rather than breaking the inbox.
 */
@Component
class NoticeText {

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	String render(String messageKey, List<Notice.Argument> arguments, Locale locale) {
		Object[] values = arguments.stream().map(NoticeText::value).toArray();
		return messages.getMessage(messageKey, values, messageKey, locale);
	}

	/** The label of a notice kind, or {@code null} for a kind this module has no label for. */
	String kindLabel(String kind, Locale locale) {
		return messages.getMessage("inbox.kind." + kind, null, null, locale);
	}

	private static Object value(Notice.Argument argument) {
		return argument.messageKey()
				? new DefaultMessageSourceResolvable(new String[] { argument.value() }, argument.value())
				: argument.value();
	}

}
