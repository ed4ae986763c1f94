package org.zhuqi.directory.transfer;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.support.MessageSourceAccessor;
import org.zhuqi.shared.RejectedFieldException;

/**
 * One data row of an import file, by field, with the problems found in it. A {@link RowImporter} reads typed
 * values from it; every value that cannot be read is reported in its column at once, and Bean Validation
 * then reports only on the fields that were read.
 */
public final class ImportRow {

	private final int number;

	private final Map<String, String> cells;

	private final Function<String, String> columnNames;

	private final MessageSourceAccessor messages;

	/** Problems with the field they belong to, so they can be listed in the file's column order. */
	private final List<Map.Entry<String, RowProblem>> problems = new ArrayList<>();

	private final Set<String> rejected = new HashSet<>();

	/**
	 * @param number the row number as Excel shows it
	 * @param cells the raw text by field, for the columns the file has, in the file's column order
	 * @param columnNames the header shown for a field's problems
	 * @param messages the uploader's language
	 */
	ImportRow(int number, Map<String, String> cells, Function<String, String> columnNames,
			MessageSourceAccessor messages) {
		this.number = number;
		this.cells = cells;
		this.columnNames = columnNames;
		this.messages = messages;
	}

	public int number() {
		return number;
	}

	/** The trimmed text of a field, {@code null} when blank or absent. */
	public String text(String field) {
		String value = cells.get(field);
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** A decimal number ({@code 1,234.50}, {@code ￥100元}); reports and returns {@code null} when not a number. */
	public BigDecimal decimal(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		return CellValues.decimal(text).orElseGet(() -> {
			reject(field, "import.cell.number", text);
			return null;
		});
	}

	/** A date (an Excel date cell or text like {@code 2018-06-01}); reports and returns {@code null} otherwise. */
	public LocalDate date(String field) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		return CellValues.date(text).orElseGet(() -> {
			reject(field, "import.cell.date", text);
			return null;
		});
	}

	/**
	 * A yes/no flag ({@code 是}/{@code 否}, {@code true}/{@code false}, {@code 1}/{@code 0}…); {@code whenBlank}
	 * when the cell is blank or the file has no such column. Reports and returns {@code null} when unreadable.
	 */
	public Boolean flag(String field, boolean whenBlank) {
		String text = text(field);
		if (text == null) {
			return whenBlank;
		}
		return CellValues.flag(text).orElseGet(() -> {
			reject(field, "import.cell.flag", text);
			return null;
		});
	}

	/**
	 * A value looked up by its text, such as a street by name or code. When {@code lookup} gives
	 * {@code null}, reports {@code unknownCode} with the text as its argument.
	 */
	public <T> T choice(String field, Function<String, T> lookup, String unknownCode) {
		String text = text(field);
		if (text == null) {
			return null;
		}
		T value = lookup.apply(text);
		if (value == null) {
			reject(field, unknownCode, text);
		}
		return value;
	}

	/** Reports a problem in a field's column, with a message from the bundles. */
	public void reject(String field, String code, Object... arguments) {
		rejected.add(field);
		add(field, messages.getMessage(code, arguments, code));
	}

	/**
	 * Validates a form with Bean Validation, reporting every violation in its field's column unless that field
	 * was already reported. Returns whether the row is still free of problems.
	 */
	public boolean validate(Validator validator, Object form) {
		validator.validate(form)
			.stream()
			.sorted(Comparator.comparing(ConstraintViolation::getMessage))
			.forEach(violation -> {
				String field = fieldOf(violation.getPropertyPath());
				if (!rejected.contains(field)) {
					add(field, reason(violation));
				}
			});
		return valid();
	}

	/**
	 * Builds a value whose constructor enforces rules by throwing a {@link RejectedFieldException} (such as the
	 * directory's {@code …Details} records), reporting a refusal in its field's column and returning
	 * {@code null}.
	 */
	public <T> T accept(Supplier<T> factory) {
		try {
			return factory.get();
		}
		catch (RejectedFieldException ex) {
			reject(ex.field(), ex.code(), ex.arguments());
			return null;
		}
	}

	/** Whether no problem was reported. */
	public boolean valid() {
		return problems.isEmpty();
	}

	/** The problems in the file's column order. */
	List<RowProblem> problems() {
		List<String> order = new ArrayList<>(cells.keySet());
		return problems.stream()
			.sorted(Comparator.comparingInt(entry -> position(order, entry.getKey())))
			.map(Map.Entry::getValue)
			.toList();
	}

	private void add(String field, String reason) {
		problems.add(Map.entry(field, new RowProblem(number, columnNames.apply(field), reason)));
	}

	/** A missing value reads "required" rather than Bean Validation's "must not be null". */
	private String reason(ConstraintViolation<Object> violation) {
		Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
		if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
			return messages.getMessage("import.cell.required");
		}
		return violation.getMessage();
	}

	private static int position(List<String> order, String field) {
		int index = order.indexOf(field);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static String fieldOf(Path path) {
		for (Path.Node node : path) {
			if (node.getName() != null) {
				return node.getName();
			}
		}
		return "";
	}

}
