package org.zhuqi.directory.department;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepartmentQueriesIntegrationTests extends DirectoryIntegrationSupport {

	@Autowired
	DepartmentQueries queries;

	@Test
	void findsDepartmentsByNameOrCodePrefix() {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token, true);

		assertThat(queries.search(DepartmentFilter.text(token), ADMIN, PageRequest.of(0, 10)).getContent())
			.extracting(DepartmentRow::id)
			.containsExactly(department.id());
		assertThat(queries.search(DepartmentFilter.text(department.code().toLowerCase()), ADMIN, PageRequest.of(0, 10))
			.getContent()).extracting(DepartmentRow::id).containsExactly(department.id());
	}

	@Test
	void filtersByKindAndActiveAndSortsByCode() {
		String token = DirectoryFixture.token();
		DepartmentRef first = fixture.department("测试局" + token + "A", true);
		DepartmentRef second = fixture.department("测试局" + token + "B", true);
		DepartmentRef inactive = fixture.department("测试局" + token + "C", false);

		Page<DepartmentRow> active = queries.search(new DepartmentFilter(token, DepartmentKind.BUREAU, true, "-code"),
				ADMIN, PageRequest.of(0, 10));
		assertThat(active.getContent()).extracting(DepartmentRow::id).containsExactly(second.id(), first.id());

		assertThat(queries.search(new DepartmentFilter(token, null, false, null), ADMIN, PageRequest.of(0, 10))
			.getContent()).extracting(DepartmentRow::id).containsExactly(inactive.id());
		assertThat(queries.search(new DepartmentFilter(token, DepartmentKind.STREET, null, null), ADMIN,
				PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void pagesCountEverythingAndCountCadres() {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token + "1", true);
		fixture.department("测试局" + token + "2", true);
		fixture.department("测试局" + token + "3", true);
		fixture.cadre(department);
		fixture.cadre(department);

		Page<DepartmentRow> page = queries.search(DepartmentFilter.text(token), ADMIN, PageRequest.of(1, 2));

		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getTotalPages()).isEqualTo(2);
		assertThat(page.getContent()).hasSize(1);
		assertThat(queries.find(department.id(), ADMIN).orElseThrow().cadreCount()).isEqualTo(2);
	}

	@Test
	void departmentHandlersReadButCadresAndEnterprisesMayNot() {
		DepartmentRef department = fixture.department();

		assertThat(queries.find(department.id(), Viewer.department("handler", department.id()))).isPresent();
		assertThatThrownBy(() -> queries.search(DepartmentFilter.none(), Viewer.cadre("c", 1), PageRequest.of(0, 5)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> queries.find(department.id(), Viewer.enterprise("e", 1)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
