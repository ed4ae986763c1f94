package org.zhuqi.directory.transfer;

import java.util.Locale;

import org.zhuqi.shared.RejectedFieldException;

/**
 * The two formats an import accepts. An upload must be named {@code .xlsx} or {@code .csv} and its bytes must
 * agree: a workbook starts with the zip signature and opens as one, a CSV file is text.
 */
enum FileFormat {

	XLSX, CSV;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/**
	 * The format of an upload, checked by content.
	 * @throws RejectedFieldException on field {@code file} saying why the upload is refused
	 */
	static FileFormat detect(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		if (content.length == 0) {
			throw new RejectedFieldException("file", "import.file.empty");
		}
		if (startsWith(content, OLE2)) {
			throw new RejectedFieldException("file", "import.file.xls");
		}
		if (name.endsWith(".xlsx")) {
			if (!startsWith(content, ZIP)) {
				throw new RejectedFieldException("file", "import.file.notXlsx");
			}
			try {
				XlsxReader.check(content);
			}
			catch (UnreadableFileException ex) {
				throw new RejectedFieldException("file", "import.file.notXlsx");
			}
			return XLSX;
		}
		if (name.endsWith(".csv")) {
			if (startsWith(content, ZIP) || !CsvReader.looksLikeText(content)) {
				throw new RejectedFieldException("file", "import.file.notCsv");
			}
			return CSV;
		}
		throw new RejectedFieldException("file", "import.file.type");
	}

	TableReader reader(byte[] content) {
		return this == XLSX ? new XlsxReader(content) : new CsvReader(content);
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
