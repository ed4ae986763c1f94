package org.zhuqi.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The content type of real files, told from their bytes alone (the test files carry no telling names), and
 * what the upload rules make of it with the name the uploader gave.
 */
class ContentSnifferTests {

	private final ContentSniffer sniffer = new ContentSniffer();

	@TempDir
	Path dir;

	@Test
	void recognisesPdfAndPictures() throws IOException {
		assertThat(detect(TestFiles.pdf())).isEqualTo("application/pdf");
		assertThat(detect(TestFiles.png())).isEqualTo("image/png");
		assertThat(detect(TestFiles.jpeg())).isEqualTo("image/jpeg");
		assertThat(detect(TestFiles.gif())).isEqualTo("image/gif");
		assertThat(detect(TestFiles.webp())).isEqualTo("image/webp");
	}

	@Test
	void looksInsideOfficeOpenXmlZipsToTellWordExcelAndPowerPoint() throws IOException {
		assertThat(detect(TestFiles.docx())).isEqualTo(AllowedType.DOCX.mediaType());
		assertThat(detect(TestFiles.xlsx())).isEqualTo(AllowedType.XLSX.mediaType());
		assertThat(detect(TestFiles.pptx())).isEqualTo(AllowedType.PPTX.mediaType());
	}

	@Test
	void looksInsideOle2ContainersToTellWordExcelAndPowerPoint97() throws IOException {
		assertThat(detect(TestFiles.doc())).isEqualTo("application/msword");
		assertThat(detect(TestFiles.xls())).isEqualTo("application/vnd.ms-excel");
		assertThat(detect(TestFiles.ppt())).isEqualTo("application/vnd.ms-powerpoint");
	}

	@Test
	void marksOfficeDocumentsWithMacros() throws IOException {
		assertThat(detect(TestFiles.docxWithMacros())).isEqualTo(ContentSniffer.MACROS);
		assertThat(detect(TestFiles.docWithMacros())).isEqualTo(ContentSniffer.MACROS);
	}

	@Test
	void recognisesWhatMustBeRefused() throws IOException {
		assertThat(detect(TestFiles.html())).isEqualTo("text/html");
		assertThat(detect(TestFiles.svg())).isEqualTo("image/svg+xml");
		assertThat(detect(TestFiles.exe())).isEqualTo("application/x-msdownload");
		assertThat(detect(TestFiles.zip())).isEqualTo("application/zip");
		assertThat(detect(new byte[] { 0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7 })).isEqualTo(ContentSniffer.UNKNOWN);
	}

	@Test
	void recognisesChineseTextInUtf8AndInGbk() throws IOException {
		assertThat(detect(TestFiles.utf8Text())).isEqualTo("text/plain");
		assertThat(detect(TestFiles.gbkText())).isEqualTo("text/plain");
	}

	@Test
	void acceptsPdfPicturesAndOfficeFilesUnderTheirOwnNames() throws IOException {
		assertThat(check("营业执照.pdf", TestFiles.pdf())).isEqualTo(AllowedType.PDF);
		assertThat(check("现场.png", TestFiles.png())).isEqualTo(AllowedType.PNG);
		assertThat(check("现场.JPG", TestFiles.jpeg())).isEqualTo(AllowedType.JPEG);
		assertThat(check("方案.docx", TestFiles.docx())).isEqualTo(AllowedType.DOCX);
		assertThat(check("数据.xlsx", TestFiles.xlsx())).isEqualTo(AllowedType.XLSX);
	}

	@Test
	void refusesAProgramOrAWebPageRenamedAsPdf() throws IOException {
		assertThatThrownBy(() -> check("发票.pdf", TestFiles.exe())).asInstanceOf(type(RejectedFieldException.class))
			.extracting(RejectedFieldException::code)
			.isEqualTo("attachment.typeNotAllowed");
		assertThatThrownBy(() -> check("通知.pdf", TestFiles.html())).asInstanceOf(type(RejectedFieldException.class))
			.extracting(RejectedFieldException::code)
			.isEqualTo("attachment.typeNotAllowed");
		assertThatThrownBy(() -> check("报表.xlsx", TestFiles.docxWithMacros())).asInstanceOf(type(RejectedFieldException.class))
			.extracting(RejectedFieldException::code)
			.isEqualTo("attachment.typeNotAllowed");
	}

	@Test
	void trustsTheContentNotALyingName() throws IOException {
		Path png = dir.resolve("合同.pdf");
		Files.write(png, TestFiles.png());
		assertThat(sniffer.detect(png)).isEqualTo("image/png");
	}

	/** What an upload goes through: detection from the bytes, then the rules with the uploader's name. */
	private AllowedType check(String fileName, byte[] content) throws IOException {
		return UploadRules.type(fileName, detect(content));
	}

	private String detect(byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "upload-", ".part");
		Files.write(file, content);
		return sniffer.detect(file);
	}

}
