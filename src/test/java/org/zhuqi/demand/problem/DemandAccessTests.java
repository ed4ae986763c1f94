package org.zhuqi.demand.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhuqi.shared.Viewer;

/** Who may do what with a problem, without Spring. */
class DemandAccessTests {

	private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

	private final Viewer cadre = Viewer.cadre("c", 2L);

	private final Viewer lead = Viewer.department("d", 10L);

	@Test
	void cadreThatResolvedItselfPutsRightARectification() {
		Demand demand = DemandStateMachineTests.filed();
		demand.resolveByCadre("已协调", T0);
		demand.rate(Satisfaction.DISSATISFIED, "没解决", DemandStateMachineTests.DAYS, T0);

		assertThat(DemandAccess.canPerform(cadre, DemandAction.FOLLOW_UP, demand)).isTrue();
		assertThat(DemandAccess.canPerform(cadre, DemandAction.RESOLVE, demand)).isTrue();
	}

	@Test
	void cadreCannotResolveForTheLeadDepartment() {
		Demand demand = DemandStateMachineTests.filed();
		demand.assign(10L, Set.of(), new Demand.Timing(1, 7), DemandStateMachineTests.DAYS, T0);
		demand.accept(T0);

		assertThat(DemandAccess.canPerform(cadre, DemandAction.RESOLVE, demand)).isFalse();
		assertThat(DemandAccess.canPerform(lead, DemandAction.RESOLVE, demand)).isTrue();
	}

	@Test
	void coDepartmentSeesButDoesNotLead() {
		Demand demand = DemandStateMachineTests.filed();
		demand.assign(10L, Set.of(11L), new Demand.Timing(1, 7), DemandStateMachineTests.DAYS, T0);
		Viewer co = Viewer.department("co", 11L);

		assertThat(DemandAccess.canRead(co, demand)).isTrue();
		assertThat(DemandAccess.canPerform(co, DemandAction.ACCEPT, demand)).isFalse();
		assertThat(DemandAccess.canRead(Viewer.department("other", 12L), demand)).isFalse();
	}

}
