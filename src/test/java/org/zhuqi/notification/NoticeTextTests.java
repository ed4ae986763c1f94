package org.zhuqi.notification;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice reads in the reader's language, arguments that are keys included; the notification bundle stands in
 * for a calling module's bundle here.
 */
class NoticeTextTests {

	private final NoticeText text = new NoticeText(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/notification");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void rendersTheTextInChineseAndInEnglish() {
		List<Notice.Argument> arguments = List.of(Notice.text("用工难"));
		assertThat(text.render("notification.mail.subject", arguments, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【助企】用工难");
		assertThat(text.render("notification.mail.subject", arguments, Locale.ENGLISH)).isEqualTo("[Zhuqi] 用工难");
	}

	@Test
	void rendersKeyArgumentsInTheReadersLanguageToo() {
		List<Notice.Argument> arguments = List.of(Notice.message("inbox.kind.OVERDUE"));
		assertThat(text.render("notification.mail.subject", arguments, Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【助企】已逾期");
		assertThat(text.render("notification.mail.subject", arguments, Locale.ENGLISH)).isEqualTo("[Zhuqi] Overdue");
	}

	@Test
	void rendersATextWithoutArguments() {
		assertThat(text.render("inbox.welcome", List.of(), Locale.SIMPLIFIED_CHINESE)).startsWith("欢迎使用助企");
		assertThat(text.render("inbox.welcome", List.of(), Locale.ENGLISH)).startsWith("Welcome to Zhuqi");
	}

	@Test
	void showsAnUnknownKeyRatherThanFailing() {
		assertThat(text.render("gone.since.posted", List.of(Notice.text("x")), Locale.ENGLISH))
			.isEqualTo("gone.since.posted");
	}

	@Test
	void labelsTheKindsItKnows() {
		assertThat(text.kindLabel(Notice.ASSIGNED, Locale.SIMPLIFIED_CHINESE)).isEqualTo("新交办");
		assertThat(text.kindLabel(Notice.REOPENED, Locale.ENGLISH)).isEqualTo("Reopened");
		assertThat(text.kindLabel("MEETING_CALLED", Locale.ENGLISH)).isNull();
	}

}
