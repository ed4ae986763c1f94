package org.zhuqi.directory.transfer;

import java.util.List;

/**
 * Reads the first sheet of an uploaded file row by row as text, blank rows included, so that row numbers
 * stay the ones the user sees in Excel. It may be read more than once; close it to release what it keeps
 * between readings.
 */
interface TableReader extends AutoCloseable {

	void read(RowVisitor visitor) throws UnreadableFileException;

	@Override
	default void close() {
	}

	/** Receives each row with its number as Excel shows it (1-based) and its cells, left to right. */
	@FunctionalInterface
	interface RowVisitor {

		void row(int number, List<String> cells);

	}

}
