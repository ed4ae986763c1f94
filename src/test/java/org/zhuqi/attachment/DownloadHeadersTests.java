package org.zhuqi.attachment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a download names its file: the real name in RFC 5987 form, an ASCII stand-in for old clients, pictures
 * inline and everything else as a file to save.
 */
class DownloadHeadersTests {

	@Test
	void offersADocumentAsAFileWithItsChineseNameEncoded() {
		assertThat(AttachmentDownloads.disposition(attachment(42, "营业执照 副本.pdf", "application/pdf")))
			.isEqualTo("attachment; filename=\"attachment-42.pdf\"; "
					+ "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf");
	}

	@Test
	void showsAPictureInline() {
		assertThat(AttachmentDownloads.disposition(attachment(7, "photo.jpg", "image/jpeg")))
			.startsWith("inline; filename=\"attachment-7.jpg\"");
	}

	@Test
	void encodesEverythingOutsideTheRfc5987AttributeCharacters() {
		assertThat(AttachmentDownloads.rfc5987("a\"b;c*d'e%f.txt")).isEqualTo("a%22b%3Bc%2Ad%27e%25f.txt");
	}

	private static AttachmentRef attachment(long id, String name, String type) {
		return new AttachmentRef(id, "demand", 1, name, type, 10, "0".repeat(64), "u", Instant.EPOCH);
	}

}
