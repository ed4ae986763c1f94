package org.zhuqi.demand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo history replayed at start-up, checked with plain SQL over what the workflow left behind. */
@SpringBootTest
@ActiveProfiles("test")
class DemandDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void replaysProblemsIntoEveryState() {
		List<String> states = jdbc.sql("select distinct state from demand").query(String.class).list();

		assertThat(states).contains("SUBMITTED", "IN_PROGRESS", "CLOSED").hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void nearlyEveryProblemIsCoordinatedAndKeyProblemsExist() {
		long total = count("select count(*) from demand");
		long coordinated = count("select count(*) from demand where lead_department_id is not null or resolved_by_cadre");
		long key = count("select count(*) from demand where key_problem");

		assertThat(coordinated).isGreaterThan(total * 99 / 100);
		assertThat(key).isGreaterThan(total * 3 / 100);
	}

	@Test
	void timelinesTellTheWholeStory() {
		long rectified = count("select count(*) from demand where rectified and state = 'CLOSED'");
		long reminded = count("select count(*) from demand_event where action = 'REMIND'");

		assertThat(rectified).isPositive();
		assertThat(reminded).isPositive();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
