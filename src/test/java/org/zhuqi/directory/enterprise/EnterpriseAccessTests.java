package org.zhuqi.directory.enterprise;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseAccessTests {

	private static final long ENTERPRISE = 7L;

	private static final Long PAIRED_CADRE = 3L;

	@Test
	void serviceCentreSeesEditsAndRegisters() {
		Viewer admin = Viewer.admin("admin");
		assertThat(EnterpriseAccess.canSee(admin, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canEdit(admin, ENTERPRISE, null)).isTrue();
		assertThat(EnterpriseAccess.canRegister(admin)).isTrue();
		assertThat(EnterpriseAccess.canChangeUscc(admin)).isTrue();
	}

	@Test
	void departmentHandlerSeesEverythingButEditsNothing() {
		Viewer department = Viewer.department("dept", 11L);
		assertThat(EnterpriseAccess.canSee(department, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canEdit(department, ENTERPRISE, PAIRED_CADRE)).isFalse();
		assertThat(EnterpriseAccess.canRegister(department)).isFalse();
	}

	@Test
	void cadreSeesAndEditsOnlyPairedEnterprises() {
		Viewer paired = Viewer.cadre("c1", PAIRED_CADRE);
		Viewer other = Viewer.cadre("c2", 4L);
		assertThat(EnterpriseAccess.canSee(paired, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canEdit(paired, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canSee(other, ENTERPRISE, PAIRED_CADRE)).isFalse();
		assertThat(EnterpriseAccess.canEdit(other, ENTERPRISE, PAIRED_CADRE)).isFalse();
		assertThat(EnterpriseAccess.canSee(paired, ENTERPRISE, null)).isFalse();
		assertThat(EnterpriseAccess.canRegister(paired)).isFalse();
		assertThat(EnterpriseAccess.canChangeUscc(paired)).isFalse();
	}

	@Test
	void enterpriseUserSeesAndEditsOnlyItself() {
		Viewer self = Viewer.enterprise("e", ENTERPRISE);
		assertThat(EnterpriseAccess.canSee(self, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canEdit(self, ENTERPRISE, PAIRED_CADRE)).isTrue();
		assertThat(EnterpriseAccess.canSee(self, ENTERPRISE + 1, PAIRED_CADRE)).isFalse();
		assertThat(EnterpriseAccess.canRegister(self)).isFalse();
		assertThat(EnterpriseAccess.canChangeUscc(self)).isFalse();
	}

}
