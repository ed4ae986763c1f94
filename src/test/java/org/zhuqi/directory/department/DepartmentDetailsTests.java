package org.zhuqi.directory.department;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentDetailsTests {

	@Test
	void rejectsCodeWithLowercaseLetters() {
		assertThatThrownBy(() -> new DepartmentDetails("fgj", "区发改局", DepartmentKind.BUREAU, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("code");
				assertThat(ex.code()).isEqualTo("department.code.pattern");
			});
	}

	@Test
	void rejectsCodeWithSpacesOrUnderscores() {
		assertThatThrownBy(() -> new DepartmentDetails("FG J", "区发改局", DepartmentKind.BUREAU, true))
			.isInstanceOf(RejectedFieldException.class);
		assertThatThrownBy(() -> new DepartmentDetails("FG_J", "区发改局", DepartmentKind.BUREAU, true))
			.isInstanceOf(RejectedFieldException.class);
	}

	@Test
	void rejectsCodeLongerThan32Characters() {
		assertThatThrownBy(() -> new DepartmentDetails("A".repeat(33), "区发改局", DepartmentKind.BUREAU, true))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.code()).isEqualTo("department.code.tooLong"));
	}

	@Test
	void acceptsCapitalsDigitsAndHyphensAndTrims() {
		DepartmentDetails details = new DepartmentDetails("  XH-FGJ-2 ", " 区发展和改革局 ", DepartmentKind.BUREAU, true);

		assertThat(details.code()).isEqualTo("XH-FGJ-2");
		assertThat(details.name()).isEqualTo("区发展和改革局");
	}

	@Test
	void rejectsBlankNameAndMissingKind() {
		assertThatThrownBy(() -> new DepartmentDetails("FGJ", "  ", DepartmentKind.BUREAU, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> new DepartmentDetails("FGJ", "区发改局", null, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("kind"));
	}

	@Test
	void rejectsNameLongerThan100Characters() {
		assertThatThrownBy(() -> new DepartmentDetails("FGJ", "局".repeat(101), DepartmentKind.BUREAU, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
	}

}
