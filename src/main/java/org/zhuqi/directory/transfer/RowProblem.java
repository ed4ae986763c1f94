package org.zhuqi.directory.transfer;

/**
 * Why one row of an import file was not imported.
 *
 * @param rowNumber the row as Excel numbers it (the header is usually row 1)
 * @param column the column's header as written in the file, or {@code null} for the whole row
 * @param reason the reason in the uploader's language
 */
public record RowProblem(int rowNumber, String column, String reason) {
}
