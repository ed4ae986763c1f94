package org.zhuqi.directory.transfer;

import java.util.List;
import java.util.Locale;

import org.zhuqi.directory.reference.Outcome;

/**
 * Turns the rows of one {@link ImportKind} of file into records. The import pipeline does everything else:
 * reading {@code .xlsx} or {@code .csv}, matching headers, skipping blank rows, refusing a second row with the
 * same key, committing good rows, storing problems and progress. Adding a kind means one Spring bean
 * implementing this interface, plus its column headers ({@code import.column.<kind>.<field>}) and the message
 * for a repeated key ({@code import.row.repeated.<kind>}) in the {@code transfer} bundle.
 *
 * @param <T> the validated, normalised value one row becomes, e.g. {@code EnterpriseDetails}
 */
public interface RowImporter<T> {

	ImportKind kind();

	/** The columns in template order. */
	List<ImportColumn> columns();

	/**
	 * The field whose value identifies the record within a file (credit code, department code, cadre phone);
	 * the second row with the same key is refused.
	 */
	String keyField();

	/** Normalises a key value so that spellings of the same key compare equal. */
	default String normalizeKey(String raw) {
		return raw.strip().toUpperCase(Locale.ROOT);
	}

	/**
	 * Parses and validates one row. Problems are reported on the row ({@link ImportRow#reject},
	 * {@link ImportRow#validate}); return {@code null} when there are any.
	 */
	T parse(ImportRow row);

	/**
	 * Writes one valid row, idempotently. Runs inside a transaction the pipeline owns; a
	 * {@link org.zhuqi.shared.RejectedFieldException} becomes a problem in that field's column.
	 */
	Outcome write(T value, String actor);

	/** The cells of the template's example row, typed as {@code XlsxTable} takes them; it must import cleanly. */
	List<Object> example(Locale locale);

}
