package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadreServiceIntegrationTests extends DirectoryIntegrationSupport {

	@Test
	void upsertIsIdempotentOnTheCanonicalPhone() {
		DepartmentRef department = fixture.department();
		String phone = DirectoryFixture.mobile();
		String spelledDifferently = "+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7);

		assertThat(cadres.upsert(new CadreDetails("王芳", department.code(), phone, "科长", true), "importer"))
			.isEqualTo(Outcome.CREATED);
		long id = directory.cadreByPhone(phone).orElseThrow().id();
		long audited = auditCount(CadreService.AUDIT_TYPE, id);

		assertThat(cadres.upsert(new CadreDetails("王芳", department.code(), spelledDifferently, "科长", true), "importer"))
			.isEqualTo(Outcome.UNCHANGED);
		assertThat(auditCount(CadreService.AUDIT_TYPE, id)).isEqualTo(audited);
		assertThat(cadres.upsert(new CadreDetails("王芳", department.code(), phone, "副科长", true), "importer"))
			.isEqualTo(Outcome.UPDATED);
		assertThat(auditCount(CadreService.AUDIT_TYPE, id)).isEqualTo(audited + 1);
	}

	@Test
	void upsertRefusesAnUnknownDepartmentCode() {
		assertThatThrownBy(() -> cadres.upsert(
				new CadreDetails("王芳", DirectoryFixture.code(), DirectoryFixture.mobile(), null, true), "importer"))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("departmentCode");
				assertThat(ex.code()).isEqualTo("cadre.department.unknown");
			});
	}

	@Test
	void newCadresCannotJoinAnInactiveDepartmentButExistingOnesStay() {
		DepartmentRef department = fixture.department();
		CadreRef existing = fixture.cadre(department);
		departments.deactivate(department.id(), ADMIN);

		assertThatThrownBy(() -> cadres.create(form("李明", department.code(), DirectoryFixture.mobile()), ADMIN))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.code()).isEqualTo("cadre.department.inactive"));
		assertThat(cadres.upsert(new CadreDetails(existing.name(), department.code(), existing.phone(), "组长", true),
				"importer"))
			.isEqualTo(Outcome.UPDATED);
	}

	@Test
	void aTakenPhoneIsRefusedOnThePhoneField() {
		DepartmentRef department = fixture.department();
		CadreRef existing = fixture.cadre(department);

		assertThatThrownBy(() -> cadres.create(form("李明", department.code(), existing.phone()), ADMIN))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("phone");
				assertThat(ex.code()).isEqualTo("cadre.phone.taken");
			});
	}

	@Test
	void aStaleEditIsRefusedAsAConflict() {
		CadreRef cadre = fixture.cadre(fixture.department());
		CadreForm stale = CadreForm.of(cadres.get(cadre.id(), ADMIN), directory.department(cadre.departmentId()).orElseThrow().code());
		cadres.deactivate(cadre.id(), ADMIN);

		assertThatThrownBy(() -> cadres.revise(cadre.id(), stale, ADMIN))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void eachRoleSeesOnlyWhatItMay() {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);
		CadreRef other = fixture.cadre(department);

		assertThat(cadres.get(cadre.id(), Viewer.cadre("self", cadre.id())).getPhone()).isEqualTo(cadre.phone());
		assertThatThrownBy(() -> cadres.get(other.id(), Viewer.cadre("self", cadre.id())))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(cadres.get(other.id(), Viewer.department("handler", department.id()))).isNotNull();
		assertThatThrownBy(() -> cadres.get(cadre.id(), Viewer.enterprise("acme", 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cadres.deactivate(cadre.id(), Viewer.department("handler", department.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> cadres.deactivate(cadre.id(), Viewer.cadre("self", cadre.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	static CadreForm form(String name, String departmentCode, String phone) {
		CadreForm form = new CadreForm();
		form.setName(name);
		form.setDepartmentCode(departmentCode);
		form.setPhone(phone);
		return form;
	}

}
