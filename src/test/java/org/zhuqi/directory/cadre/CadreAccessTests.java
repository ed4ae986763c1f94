package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class CadreAccessTests {

	@Test
	void aCadreSeesOnlyItsOwnRecord() {
		Viewer cadre = Viewer.cadre("wangfang", 5);

		assertThat(CadreAccess.canList(cadre)).isTrue();
		assertThat(CadreAccess.canSee(cadre, 5)).isTrue();
		assertThat(CadreAccess.canSee(cadre, 6)).isFalse();
		assertThat(CadreAccess.canEdit(cadre)).isFalse();
	}

	@Test
	void aDepartmentHandlerSeesEveryCadreButEditsNone() {
		Viewer handler = Viewer.department("fgj", 3);

		assertThat(CadreAccess.canSee(handler, 5)).isTrue();
		assertThat(CadreAccess.canEdit(handler)).isFalse();
	}

	@Test
	void anEnterpriseUserDoesNotWorkWithCadreRecords() {
		Viewer enterprise = Viewer.enterprise("acme", 9);

		assertThat(CadreAccess.canList(enterprise)).isFalse();
		assertThat(CadreAccess.canSee(enterprise, 5)).isFalse();
	}

	@Test
	void theServiceCentreSeesAndEditsAll() {
		Viewer admin = Viewer.admin("admin");

		assertThat(CadreAccess.canSee(admin, 5)).isTrue();
		assertThat(CadreAccess.canEdit(admin)).isTrue();
	}

}
