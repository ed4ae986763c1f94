package org.zhuqi.directory.transfer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImportRowTests {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	/** A form like the directory's, small enough for a unit test. */
	static final class Form {

		@NotBlank
		@Size(max = 3)
		String name;

		@NotNull
		java.math.BigDecimal capital;

	}

	private static ImportRow row(Map<String, String> cells) {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("import.cell.required", Locale.ENGLISH, "required");
		messages.addMessage("import.cell.number", Locale.ENGLISH, "not a number: {0}");
		Map<String, String> headers = Map.of("name", "Name", "capital", "Capital (yuan)");
		return new ImportRow(7, new LinkedHashMap<>(cells), headers::get,
				new MessageSourceAccessor(messages, Locale.ENGLISH));
	}

	@Test
	void reportsAnUnreadableValueOnceUnderItsColumn() {
		ImportRow row = row(Map.of("name", "甲", "capital", "lots"));
		Form form = new Form();
		form.name = row.text("name");
		form.capital = row.decimal("capital");

		boolean valid = row.validate(VALIDATOR, form);

		assertThat(valid).isFalse();
		assertThat(row.problems()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason)
			.containsExactly(tuple(7, "Capital (yuan)", "not a number: lots"));
	}

	@Test
	void saysRequiredForMissingValuesAndKeepsOtherViolationsInColumnOrder() {
		ImportRow row = row(new LinkedHashMap<>(Map.of("name", "四个字的")));
		Form form = new Form();
		form.name = row.text("name");
		form.capital = row.decimal("capital");

		row.validate(VALIDATOR, form);

		assertThat(row.problems()).extracting(RowProblem::column)
			.containsExactly("Name", "Capital (yuan)");
		assertThat(row.problems().get(1).reason()).isEqualTo("required");
	}

	@Test
	void treatsBlankCellsAsAbsent() {
		ImportRow row = row(Map.of("name", "  "));

		assertThat(row.text("name")).isNull();
		assertThat(row.text("nowhere")).isNull();
		assertThat(row.decimal("name")).isNull();
		assertThat(row.valid()).isTrue();
	}

}
