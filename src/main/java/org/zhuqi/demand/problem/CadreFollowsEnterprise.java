package org.zhuqi.demand.problem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhuqi.directory.EnterprisePaired;

/**
 * When an enterprise gets a new liaison cadre, its problems that are still being worked on move to that
 * cadre; finished ones stay credited to the cadre who handled them (for the best-cadre ranking).
 */
@Component
class CadreFollowsEnterprise {

	private final JdbcClient jdbc;

	CadreFollowsEnterprise(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(EnterprisePaired paired) {
		jdbc.sql("""
				update demand set cadre_id = :cadre, version = version + 1
				where enterprise_id = :enterprise and state in ('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'RECTIFYING')""")
			.param("cadre", paired.cadreId())
			.param("enterprise", paired.enterpriseId())
			.update();
	}

}
