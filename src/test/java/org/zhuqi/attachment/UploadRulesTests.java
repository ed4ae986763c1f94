package org.zhuqi.attachment;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The rules an upload must keep: a name, some content, the size limit, an allowed type by content, and a name
 * that matches it.
 */
class UploadRulesTests {

	private final UploadRules rules = new UploadRules(1024);

	@Test
	void acceptsEachAllowedTypeUnderItsOwnExtensionInAnyCase() {
		assertThat(UploadRules.type("营业执照.PDF", "application/pdf")).isEqualTo(AllowedType.PDF);
		assertThat(UploadRules.type("现场照片.jpg", "image/jpeg")).isEqualTo(AllowedType.JPEG);
		assertThat(UploadRules.type("现场照片.JPEG", "image/jpeg")).isEqualTo(AllowedType.JPEG);
		assertThat(UploadRules.type("用工需求.xlsx", AllowedType.XLSX.mediaType())).isEqualTo(AllowedType.XLSX);
		assertThat(UploadRules.type("情况说明.doc", "application/msword")).isEqualTo(AllowedType.DOC);
		assertThat(UploadRules.type("走访记录.csv", "text/plain")).isEqualTo(AllowedType.TEXT);
	}

	@Test
	void refusesAPngPictureNamedPdfAndSaysWhatItIsAndHowItShouldBeNamed() {
		assertThatThrownBy(() -> UploadRules.type("合同.pdf", "image/png"))
			.asInstanceOf(type(RejectedFieldException.class))
			.satisfies(ex -> {
				assertThat(ex.field()).isEqualTo("attachments");
				assertThat(ex.code()).isEqualTo("attachment.extensionMismatch");
				assertThat(ex.arguments()[0]).isEqualTo("合同.pdf");
				assertThat(codesOf(ex.arguments()[1])).containsExactly("attachment.type.PNG");
				assertThat(ex.arguments()[2]).isEqualTo(".png");
			});
	}

	@Test
	void refusesAFileWithoutExtensionNamingTheExtensionsItShouldHave() {
		assertThatThrownBy(() -> UploadRules.type("照片", "image/jpeg"))
			.asInstanceOf(type(RejectedFieldException.class))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("attachment.extensionMismatch");
				assertThat(ex.arguments()[2]).isEqualTo(".jpg / .jpeg");
			});
	}

	@Test
	void refusesAProgramAWebPageAndAnSvgNamedPngNamingTheDetectedType() {
		assertRefusedAs("截图.png", "application/x-msdownload", "attachment.refused.program");
		assertRefusedAs("截图.png", "text/html", "attachment.refused.html");
		assertRefusedAs("截图.png", "image/svg+xml", "attachment.refused.svg");
	}

	@Test
	void refusesOfficeDocumentsWithMacrosAndArchives() {
		assertRefusedAs("报表.docx", ContentSniffer.MACROS, "attachment.refused.macros");
		assertRefusedAs("材料.zip", "application/zip", "attachment.refused.archive");
	}

	@Test
	void namesAnUnusualRefusedTypeByItsMediaType() {
		RejectedFieldException ex = refusal("视频.mkv", "video/x-matroska");
		assertThat(ex.code()).isEqualTo("attachment.typeNotAllowed");
		MessageSourceResolvable label = (MessageSourceResolvable) ex.arguments()[1];
		assertThat(label.getCodes()).isEmpty();
		assertThat(label.getDefaultMessage()).isEqualTo("video/x-matroska");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> rules.checkSize("空白.pdf", 0)).asInstanceOf(type(RejectedFieldException.class))
			.extracting(RejectedFieldException::code)
			.isEqualTo("attachment.empty");
	}

	@Test
	void refusesAFileOverTheLimitNamingTheLimit() {
		rules.checkSize("刚好.pdf", 1024);
		assertThatThrownBy(() -> rules.checkSize("太大.pdf", 1025)).asInstanceOf(type(RejectedFieldException.class))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("attachment.tooLarge");
				assertThat(ex.arguments()).containsExactly("太大.pdf", "1 KB");
			});
	}

	@Test
	void keepsOnlyTheLastSegmentOfAFileNameWithoutControlOrDirectionCharacters() {
		assertThat(UploadRules.fileName("C:\\fakepath\\营业执照.pdf")).isEqualTo("营业执照.pdf");
		assertThat(UploadRules.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
		assertThat(UploadRules.fileName(" 报告\u0000\n.pdf ")).isEqualTo("报告.pdf");
		assertThat(UploadRules.fileName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
	}

	@Test
	void shortensAVeryLongNameButKeepsItsExtension() {
		String name = UploadRules.fileName("长".repeat(300) + ".docx");
		assertThat(name).hasSize(UploadRules.MAX_NAME_LENGTH).endsWith("长.docx");
	}

	@Test
	void refusesAMissingName() {
		for (String missing : new String[] { null, "", "  ", "C:\\fakepath\\", ".." }) {
			assertThatThrownBy(() -> UploadRules.fileName(missing)).asInstanceOf(type(RejectedFieldException.class))
				.extracting(RejectedFieldException::code)
				.isEqualTo("attachment.nameMissing");
		}
	}

	private static void assertRefusedAs(String fileName, String detected, String labelCode) {
		RejectedFieldException ex = refusal(fileName, detected);
		assertThat(ex.field()).isEqualTo("attachments");
		assertThat(ex.code()).isEqualTo("attachment.typeNotAllowed");
		assertThat(ex.arguments()[0]).isEqualTo(fileName);
		assertThat(codesOf(ex.arguments()[1])).containsExactly(labelCode);
	}

	private static RejectedFieldException refusal(String fileName, String detected) {
		try {
			UploadRules.type(fileName, detected);
		}
		catch (RejectedFieldException ex) {
			return ex;
		}
		throw new AssertionError(fileName + " as " + detected + " was accepted");
	}

	private static String[] codesOf(Object argument) {
		return ((MessageSourceResolvable) argument).getCodes();
	}

}
