package org.zhuqi.attachment;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refusals read well in both languages: the type label inside a message is resolved too, and every label the
 * rules can name exists.
 */
class AttachmentMessagesTests {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	AttachmentMessagesTests() {
		messages.setBasenames("i18n/attachment");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void namesTheDetectedTypeInTheReadersLanguage() {
		RejectedFieldException ex = refusal("合同.pdf", "image/png");
		assertThat(messages.getMessage(ex.code(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("文件“合同.pdf”的内容是PNG 图片，与文件名不符：这类文件的名称应以 .png 结尾。请确认选对了文件，或改正扩展名后重新上传。");
		assertThat(messages.getMessage(ex.code(), ex.arguments(), Locale.ENGLISH))
			.startsWith("The content of the file \"合同.pdf\" (PNG picture) does not match its name: the name of such a file should end in .png.");
	}

	@Test
	void namesAnUnlabelledTypeByItsMediaType() {
		RejectedFieldException ex = refusal("a.mkv", "video/x-matroska");
		assertThat(messages.getMessage(ex.code(), ex.arguments(), Locale.ENGLISH))
			.startsWith("The file \"a.mkv\" cannot be attached (its content is: video/x-matroska).");
	}

	@Test
	void hasALabelForEveryAllowedAndEveryNamedRefusedType() {
		for (Locale locale : new Locale[] { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH }) {
			Arrays.stream(AllowedType.values())
				.forEach(type -> assertThat(messages.getMessage("attachment.type." + type.name(), null, locale)).isNotBlank());
			assertThat(messages.getMessage("attachment.type.OTHER", null, locale)).isNotBlank();
			for (String refused : new String[] { "text/html", "image/svg+xml", "application/x-msdownload", "application/zip",
					ContentSniffer.MACROS, ContentSniffer.ENCRYPTED_OFFICE, "application/x-tika-msoffice",
					ContentSniffer.UNKNOWN }) {
				assertThat(messages.getMessage(UploadRules.label(refused), locale)).isNotEqualTo(refused);
			}
		}
	}

	private static RejectedFieldException refusal(String fileName, String detected) {
		try {
			UploadRules.type(fileName, detected);
		}
		catch (RejectedFieldException ex) {
			return ex;
		}
		throw new AssertionError("accepted");
	}

}
