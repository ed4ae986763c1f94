package org.zhuqi.directory.transfer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileFormatTests {

	private static final byte[] CSV = "企业名称,统一社会信用代码\n".getBytes(StandardCharsets.UTF_8);

	private static final byte[] XLSX = ImportFixtures.xlsx(List.of("企业名称"), List.of());

	private static void refused(String name, byte[] content, String code) {
		assertThatThrownBy(() -> FileFormat.detect(name, content)).isInstanceOf(RejectedFieldException.class)
			.satisfies(ex -> {
				assertThat(((RejectedFieldException) ex).field()).isEqualTo("file");
				assertThat(((RejectedFieldException) ex).code()).isEqualTo(code);
			});
	}

	@Test
	void acceptsAWorkbookOrCsvTextWhoseNameAgrees() {
		assertThat(FileFormat.detect("企业.xlsx", XLSX)).isEqualTo(FileFormat.XLSX);
		assertThat(FileFormat.detect("C:\\Users\\王\\企业.XLSX", XLSX)).isEqualTo(FileFormat.XLSX);
		assertThat(FileFormat.detect("企业.csv", CSV)).isEqualTo(FileFormat.CSV);
	}

	@Test
	void neverTrustsTheNameAlone() {
		refused("企业.xlsx", CSV, "import.file.notXlsx");
		refused("企业.csv", XLSX, "import.file.notCsv");
		refused("企业.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "import.file.notCsv");
	}

	@Test
	void refusesOtherTypesEmptyFilesAndOldWorkbooks() {
		refused("企业.txt", CSV, "import.file.type");
		refused("企业.xlsx", new byte[0], "import.file.empty");
		refused("企业.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }, "import.file.xls");
	}

}
