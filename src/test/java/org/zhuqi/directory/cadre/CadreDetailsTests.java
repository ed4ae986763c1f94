package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadreDetailsTests {

	@Test
	void storesMobileNumbersAsTheirElevenDigits() {
		assertThat(new CadreDetails("王芳", "FGJ", "+86 138 1234 5678", null, true).phone()).isEqualTo("13812345678");
		assertThat(new CadreDetails("王芳", "FGJ", "138-1234-5678", null, true).phone()).isEqualTo("13812345678");
	}

	@Test
	void storesFixedLinesWithAreaCodeAndHyphen() {
		assertThat(new CadreDetails("王芳", "FGJ", "(0571) 8888 6666", null, true).phone()).isEqualTo("0571-88886666");
	}

	@Test
	void rejectsAnInvalidPhoneOnThePhoneField() {
		assertThatThrownBy(() -> new CadreDetails("王芳", "FGJ", "12345", null, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("phone");
				assertThat(ex.code()).isEqualTo("phone.invalid");
			});
	}

	@Test
	void requiresNameOfAtMostFiftyCharactersAndADepartment() {
		assertThatThrownBy(() -> new CadreDetails("王".repeat(51), "FGJ", "13812345678", null, true))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> new CadreDetails("王芳", " ", "13812345678", null, true))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("departmentCode"));
	}

	@Test
	void blankTitleIsNoTitle() {
		assertThat(new CadreDetails(" 王芳 ", " FGJ ", "13812345678", "  ", true))
			.isEqualTo(new CadreDetails("王芳", "FGJ", "13812345678", null, true));
	}

}
