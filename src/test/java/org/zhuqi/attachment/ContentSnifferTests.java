package org.zhuqi.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content type of real files, told from their bytes alone (the test files carry no telling names).
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
	void trustsTheContentNotALyingName() throws IOException {
		Path png = dir.resolve("合同.pdf");
		Files.write(png, TestFiles.png());
		assertThat(sniffer.detect(png)).isEqualTo("image/png");
	}

	private String detect(byte[] content) throws IOException {
		Path file = Files.createTempFile(dir, "upload-", ".part");
		Files.write(file, content);
		return sniffer.detect(file);
	}

}
