package org.zhuqi.demand.stats;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsAccessTests {

	@Test
	void theCentreSeesTheDistrictWithAnyFilter() {
		StatsFilter filter = new StatsFilter(null, null, 4L, "XIHU", 9L);

		assertThat(StatsAccess.scoped(Viewer.admin("admin"), filter)).isEqualTo(filter);
		assertThat(StatsAccess.canRank(Viewer.admin("admin"))).isTrue();
	}

	@Test
	void aDepartmentSeesTheProblemsItLeads() {
		Viewer department = Viewer.department("dept", 4L);

		assertThat(StatsAccess.scoped(department, StatsFilter.all()).department()).isEqualTo(4L);
		assertThat(StatsAccess.scoped(department, StatsFilter.all().withDepartment(4L)).department()).isEqualTo(4L);
		assertThatThrownBy(() -> StatsAccess.scoped(department, StatsFilter.all().withDepartment(5L)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(StatsAccess.canRank(department)).isFalse();
	}

	@Test
	void aCadreSeesItsOwnEnterprisesProblems() {
		Viewer cadre = Viewer.cadre("cadre", 9L);

		assertThat(StatsAccess.scoped(cadre, StatsFilter.all()).cadre()).isEqualTo(9L);
		assertThatThrownBy(() -> StatsAccess.scoped(cadre, StatsFilter.all().withCadre(10L)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(StatsAccess.canRank(cadre)).isFalse();
	}

	@Test
	void anEnterpriseSeesNoFigures() {
		assertThatThrownBy(() -> StatsAccess.scoped(Viewer.enterprise("ent", 3L), StatsFilter.all()))
			.isInstanceOf(AccessDeniedException.class);
	}

}
