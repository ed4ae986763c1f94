package org.zhuqi.directory.transfer;

/**
 * An uploaded file could not be read as the format it claims (a damaged workbook, malformed CSV quoting).
 */
class UnreadableFileException extends Exception {

	UnreadableFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
