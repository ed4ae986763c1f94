package org.zhuqi.directory.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which column of a file holds which field, found by matching the header row against each column's names in
 * any order. Headers compare loosely: full-width and half-width forms, case, spaces and a required-marker
 * {@code *} do not matter, so {@code 注册资本（元）*} matches {@code 注册资本(元)}.
 */
final class ColumnLayout {

	private static final Pattern IGNORED = Pattern.compile("[\\s*:：]");

	private final Map<Integer, String> fieldsByIndex;

	private final Map<String, String> headers;

	private final List<String> missing;

	private final List<String> duplicated;

	private final List<String> unknown;

	private ColumnLayout(Map<Integer, String> fieldsByIndex, Map<String, String> headers, List<String> missing,
			List<String> duplicated, List<String> unknown) {
		this.fieldsByIndex = fieldsByIndex;
		this.headers = headers;
		this.missing = missing;
		this.duplicated = duplicated;
		this.unknown = unknown;
	}

	/**
	 * Matches a header row.
	 * @param headerCells the header row's cells, left to right ({@code null} for empty cells)
	 * @param columns the columns an importer expects
	 * @param names every name a column may be headed with
	 */
	static ColumnLayout match(List<String> headerCells, List<ImportColumn> columns,
			Function<ImportColumn, Collection<String>> names) {
		Map<String, String> fieldsByName = new HashMap<>();
		for (ImportColumn column : columns) {
			for (String name : names.apply(column)) {
				String key = normalize(name);
				if (!key.isEmpty()) {
					fieldsByName.putIfAbsent(key, column.field());
				}
			}
		}
		Map<Integer, String> fieldsByIndex = new LinkedHashMap<>();
		Map<String, String> headers = new HashMap<>();
		List<String> duplicated = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < headerCells.size(); i++) {
			String header = headerCells.get(i) == null ? "" : headerCells.get(i).strip();
			if (header.isEmpty()) {
				continue;
			}
			String field = fieldsByName.get(normalize(header));
			if (field == null) {
				unknown.add(header);
			}
			else if (headers.containsKey(field)) {
				duplicated.add(header);
			}
			else {
				fieldsByIndex.put(i, field);
				headers.put(field, header);
			}
		}
		List<String> missing = columns.stream()
			.filter(column -> column.required() && !headers.containsKey(column.field()))
			.map(ImportColumn::field)
			.toList();
		return new ColumnLayout(fieldsByIndex, headers, missing, duplicated, unknown);
	}

	static String normalize(String header) {
		return IGNORED.matcher(CellValues.normalize(header)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** How many columns were recognised; a row with none is no header row. */
	int recognised() {
		return fieldsByIndex.size();
	}

	/** Required fields that no column holds. */
	List<String> missing() {
		return missing;
	}

	/** Headers of columns that repeat a field already held by an earlier column. */
	List<String> duplicated() {
		return duplicated;
	}

	/** Headers that match no field; such columns are ignored. */
	List<String> unknown() {
		return unknown;
	}

	/** The header a field's column has in the file, or {@code null} when the file has no such column. */
	String header(String field) {
		return headers.get(field);
	}

	/** A row's cells by field, in the file's column order. */
	Map<String, String> cells(List<String> rowCells) {
		Map<String, String> cells = new LinkedHashMap<>();
		fieldsByIndex.forEach((index, field) -> cells.put(field, index < rowCells.size() ? rowCells.get(index) : null));
		return cells;
	}

}
