package org.zhuqi.directory.department;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentTests {

	private static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");

	private static final Instant LATER = Instant.parse("2026-02-01T02:00:00Z");

	private final DepartmentDetails details = new DepartmentDetails("FGJ", "区发改局", DepartmentKind.BUREAU, true);

	@Test
	void revisingWithTheSameDetailsChangesNothing() {
		Department department = Department.establish(details, CREATED);

		assertThat(department.revise(details, LATER)).isEmpty();
		assertThat(department.getUpdatedAt()).isEqualTo(CREATED);
	}

	@Test
	void revisingListsTheChangedFields() {
		Department department = Department.establish(details, CREATED);

		assertThat(department.revise(new DepartmentDetails("FGJ", "区发展和改革局", DepartmentKind.OTHER, false), LATER))
			.containsExactly("name", "kind", "active");
		assertThat(department.getName()).isEqualTo("区发展和改革局");
		assertThat(department.isActive()).isFalse();
		assertThat(department.getUpdatedAt()).isEqualTo(LATER);
	}

	@Test
	void deactivatingTwiceChangesNothingTheSecondTime() {
		Department department = Department.establish(details, CREATED);

		assertThat(department.deactivate(LATER)).isTrue();
		assertThat(department.deactivate(LATER)).isFalse();
		assertThat(department.activate(LATER)).isTrue();
		assertThat(department.isActive()).isTrue();
	}

	@Test
	void kindIsReadFromCodesAndChineseNames() {
		assertThat(DepartmentKind.parse("bureau")).isEqualTo(DepartmentKind.BUREAU);
		assertThat(DepartmentKind.parse("街道")).isEqualTo(DepartmentKind.STREET);
		assertThat(DepartmentKind.parse("镇")).isEqualTo(DepartmentKind.STREET);
		assertThat(DepartmentKind.parse("其他")).isEqualTo(DepartmentKind.OTHER);
		assertThat(DepartmentKind.parse("部委")).isNull();
	}

}
