package org.zhuqi.directory.department;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.reference.Outcome;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentServiceIntegrationTests extends DirectoryIntegrationSupport {

	@Test
	void upsertIsIdempotentOnTheCode() {
		String code = DirectoryFixture.code();
		String name = "测试局" + DirectoryFixture.token();
		DepartmentDetails details = new DepartmentDetails(code, name, DepartmentKind.BUREAU, true);

		assertThat(departments.upsert(details, "importer")).isEqualTo(Outcome.CREATED);
		long id = directory.departmentByCode(code).orElseThrow().id();
		long audited = auditCount(DepartmentService.AUDIT_TYPE, id);
		assertThat(departments.upsert(details, "importer")).isEqualTo(Outcome.UNCHANGED);
		assertThat(auditCount(DepartmentService.AUDIT_TYPE, id)).isEqualTo(audited);

		assertThat(departments.upsert(new DepartmentDetails(code, name + "二", DepartmentKind.OTHER, true), "importer"))
			.isEqualTo(Outcome.UPDATED);
		assertThat(directory.departmentByCode(code).orElseThrow().name()).isEqualTo(name + "二");
		assertThat(auditCount(DepartmentService.AUDIT_TYPE, id)).isEqualTo(audited + 1);
	}

	@Test
	void upsertRefusesANameAnotherDepartmentCarries() {
		DepartmentRef existing = fixture.department();

		assertThatThrownBy(() -> departments.upsert(
				new DepartmentDetails(DirectoryFixture.code(), existing.name(), DepartmentKind.BUREAU, true), "importer"))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("name");
				assertThat(ex.code()).isEqualTo("department.name.taken");
			});
	}

	@Test
	void createRefusesATakenCodeOnTheCodeField() {
		DepartmentRef existing = fixture.department();

		assertThatThrownBy(() -> departments.create(form(existing.code(), "测试局" + DirectoryFixture.token()), ADMIN))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("code");
				assertThat(ex.code()).isEqualTo("department.code.taken");
			});
	}

	@Test
	void aStaleEditIsRefusedAsAConflict() {
		Department created = departments.create(form(DirectoryFixture.code(), "测试局" + DirectoryFixture.token()), ADMIN);
		DepartmentForm first = DepartmentForm.of(departments.get(created.getId(), ADMIN));
		DepartmentForm second = DepartmentForm.of(departments.get(created.getId(), ADMIN));

		first.setName(first.getName() + "甲");
		departments.revise(created.getId(), first, ADMIN);
		second.setName(second.getName() + "乙");

		assertThatThrownBy(() -> departments.revise(created.getId(), second, ADMIN))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(departments.get(created.getId(), ADMIN).getName()).endsWith("甲");
	}

	@Test
	void deactivatingIsAuditedOnceAndRepeatingItChangesNothing() {
		DepartmentRef department = fixture.department();
		long audited = auditCount(DepartmentService.AUDIT_TYPE, department.id());

		assertThat(departments.deactivate(department.id(), ADMIN)).isTrue();
		assertThat(departments.deactivate(department.id(), ADMIN)).isFalse();

		assertThat(directory.department(department.id()).orElseThrow().active()).isFalse();
		assertThat(auditCount(DepartmentService.AUDIT_TYPE, department.id())).isEqualTo(audited + 1);
		assertThat(departments.activate(department.id(), ADMIN)).isTrue();
	}

	@Test
	void onlyTheServiceCentreEditsDepartments() {
		DepartmentRef department = fixture.department();
		Viewer handler = Viewer.department("handler", department.id());

		assertThat(departments.get(department.id(), handler).getCode()).isEqualTo(department.code());
		assertThatThrownBy(() -> departments.create(form(DirectoryFixture.code(), "测试局" + DirectoryFixture.token()), handler))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> departments.deactivate(department.id(), handler)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> departments.get(department.id(), Viewer.enterprise("acme", 1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	static DepartmentForm form(String code, String name) {
		DepartmentForm form = new DepartmentForm();
		form.setCode(code);
		form.setName(name);
		form.setKind("BUREAU");
		return form;
	}

}
