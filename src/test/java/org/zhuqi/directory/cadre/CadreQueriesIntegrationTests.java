package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadreQueriesIntegrationTests extends DirectoryIntegrationSupport {

	@Autowired
	CadreQueries queries;

	@Test
	void findsCadresByNamePhoneOrDepartment() {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token, true);
		CadreRef cadre = fixture.cadre(department, "干部" + DirectoryFixture.token(), true);

		assertThat(ids(CadreFilter.text(cadre.name()))).containsExactly(cadre.id());
		assertThat(ids(CadreFilter.text(cadre.phone()))).containsExactly(cadre.id());
		assertThat(ids(CadreFilter.text(token))).containsExactly(cadre.id());
		assertThat(ids(CadreFilter.text(department.code()))).containsExactly(cadre.id());
	}

	@Test
	void filtersByDepartmentAndActiveAndSortsByName() {
		DepartmentRef department = fixture.department();
		CadreRef b = fixture.cadre(department, "乙" + DirectoryFixture.token(), true);
		CadreRef a = fixture.cadre(department, "甲" + DirectoryFixture.token(), true);
		CadreRef inactive = fixture.cadre(department, "丙" + DirectoryFixture.token(), false);

		assertThat(ids(new CadreFilter(null, department.id(), null, "phone"))).containsExactly(b.id(), a.id(),
				inactive.id());
		assertThat(ids(new CadreFilter(null, department.id(), true, null))).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(ids(new CadreFilter(null, department.id(), false, null))).containsExactly(inactive.id());
	}

	@Test
	void aCadreListsOnlyItselfAndAnEnterpriseNothing() {
		DepartmentRef department = fixture.department();
		CadreRef self = fixture.cadre(department);
		fixture.cadre(department);
		Viewer viewer = Viewer.cadre("self", self.id());

		assertThat(queries.search(CadreFilter.ofDepartment(department.id()), viewer, PageRequest.of(0, 10)).getContent())
			.extracting(CadreRow::id)
			.containsExactly(self.id());
		assertThatThrownBy(() -> queries.search(CadreFilter.none(), Viewer.enterprise("e", 1), PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private java.util.List<Long> ids(CadreFilter filter) {
		return queries.search(filter, ADMIN, PageRequest.of(0, 20)).getContent().stream().map(CadreRow::id).toList();
	}

}
