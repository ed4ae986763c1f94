package org.zhuqi.notification;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NoticeTests {

	@Test
	void takesPlainValuesAsTextAndKeysAsMessages() {
		Notice notice = Notice.of(Notice.ASSIGNED, "demand.notice.assigned", "/demands/42", "用工难", 42,
				Notice.message("demand.state.ASSIGNED"), null);
		assertThat(notice.arguments()).containsExactly(new Notice.Argument("用工难", false),
				new Notice.Argument("42", false), new Notice.Argument("demand.state.ASSIGNED", true),
				new Notice.Argument("", false));
	}

	@Test
	void linksOnlyToPagesOfThisApplication() {
		assertThat(Notice.of(Notice.INFO, "k", "/demands/42?tab=timeline").link())
			.isEqualTo("/demands/42?tab=timeline");
		for (String link : new String[] { "https://evil.example/", "//evil.example/x", "javascript:alert(1)",
				"demands/42", "/\\evil.example", "/a\nb", "" }) {
			assertThatIllegalArgumentException().as(link)
				.isThrownBy(() -> Notice.of(Notice.INFO, "k", link));
		}
	}

	@Test
	void acceptsAnyUpperCaseKindButNoFreeText() {
		assertThat(Notice.of("MEETING_CALLED", "k", "/").kind()).isEqualTo("MEETING_CALLED");
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("assigned", "k", "/"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of("新交办", "k", "/"));
	}

	@Test
	void refusesWhatIsNotAMessageKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of(Notice.INFO, "问题已交办", "/"));
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.message("two words"));
	}

	@Test
	void shortensLongTextsAndRefusesTooManyArguments() {
		String title = "很".repeat(500);
		Notice.Argument argument = Notice.text(title);
		assertThat(argument.value()).hasSize(Notice.MAX_TEXT).endsWith("…");
		assertThatIllegalArgumentException().isThrownBy(() -> Notice.of(Notice.INFO, "k", "/",
				Collections.nCopies(Notice.MAX_ARGUMENTS + 1, "x").toArray()));
	}

	@Test
	void doesNotCutAPairOfSurrogatesInHalf() {
		String text = "a".repeat(Notice.MAX_TEXT - 2) + "😀😀";
		String shortened = Notice.text(text).value();
		assertThat(shortened).endsWith("…");
		assertThat(Character.isHighSurrogate(shortened.charAt(shortened.length() - 2))).isFalse();
	}

}
