package org.zhuqi.directory.cadre;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CadreTests {

	private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");

	private final CadreDetails details = new CadreDetails("王芳", "FGJ", "13812345678", "科长", true);

	@Test
	void revisingWithTheSameDetailsChangesNothing() {
		Cadre cadre = Cadre.appoint(details, 7, NOW);

		assertThat(cadre.revise(new CadreDetails("王芳", "FGJ", "138 1234 5678", "科长", true), 7, NOW)).isEmpty();
	}

	@Test
	void movingToAnotherDepartmentIsAChangeOfTheDepartment() {
		Cadre cadre = Cadre.appoint(details, 7, NOW);

		assertThat(cadre.revise(details, 8, NOW)).containsExactly("departmentCode");
		assertThat(cadre.getDepartmentId()).isEqualTo(8L);
	}

	@Test
	void deactivatedCadreCanBeActivatedAgain() {
		Cadre cadre = Cadre.appoint(details, 7, NOW);

		assertThat(cadre.deactivate(NOW)).isTrue();
		assertThat(cadre.isActive()).isFalse();
		assertThat(cadre.activate(NOW)).isTrue();
		assertThat(cadre.activate(NOW)).isFalse();
	}

}
