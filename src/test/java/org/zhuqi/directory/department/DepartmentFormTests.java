package org.zhuqi.directory.department;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentFormTests {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private final Validator validator = FACTORY.getValidator();

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void acceptsWellFormedDepartment() {
		assertThat(validator.validate(form("XH-FGJ", "区发改局", "BUREAU"))).isEmpty();
	}

	@Test
	void rejectsCodeWithLowercaseLettersOnTheCodeField() {
		assertThat(fields(validator.validate(form("fgj", "区发改局", "BUREAU")))).containsExactly("code");
	}

	@Test
	void rejectsUnknownKind() {
		assertThat(fields(validator.validate(form("FGJ", "区发改局", "MINISTRY")))).containsExactly("kind");
	}

	@Test
	void requiresCodeNameAndKind() {
		assertThat(fields(validator.validate(form(null, " ", null)))).containsExactlyInAnyOrder("code", "name", "kind");
	}

	@Test
	void stripsTheCodeAsItIsTyped() {
		assertThat(form(" FGJ ", "区发改局", "BUREAU").getCode()).isEqualTo("FGJ");
	}

	private static DepartmentForm form(String code, String name, String kind) {
		DepartmentForm form = new DepartmentForm();
		form.setCode(code);
		form.setName(name);
		form.setKind(kind);
		return form;
	}

	private static Set<String> fields(Set<ConstraintViolation<DepartmentForm>> violations) {
		return violations.stream()
			.map(violation -> violation.getPropertyPath().toString())
			.collect(java.util.stream.Collectors.toSet());
	}

}
