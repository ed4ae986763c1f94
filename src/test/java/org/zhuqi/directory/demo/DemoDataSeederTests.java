package org.zhuqi.directory.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.zhuqi.system.DemoMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The seeder against a fresh in-memory H2 database of its own, migrated by Flyway, without Spring Boot. One
 * connection serves migration and test: H2 2.4.240 fails {@code check (… in (…))} constraints once the
 * session that created them is closed (h2database/h2database#4302).
 */
class DemoDataSeederTests {

	private static final Instant NOW = Instant.parse("2020-08-25T01:30:00Z");

	private final SingleConnectionDataSource dataSource = new SingleConnectionDataSource("jdbc:h2:mem:seeder-"
			+ UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);

	private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

	@BeforeEach
	void migrate() {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
	}

	@AfterEach
	void dropDatabase() {
		dataSource.destroy();
	}

	@Test
	void fillsAnEmptyDirectoryWithPairedEnterprises() {
		seeder(true).run(null);
		assertThat(count("department")).isEqualTo(72);
		assertThat(count("department where kind = 'STREET'")).isEqualTo(12);
		assertThat(count("cadre")).isEqualTo(1_040);
		assertThat(count("enterprise")).isEqualTo(DemoDataGenerator.ENTERPRISES);
		assertThat(count("enterprise where cadre_id is null or paired_since is null")).isZero();
		assertThat(count("enterprise_tag")).isEqualTo(DemoDataGenerator.generate(DemoDataGenerator.SEED).tagCount());
		assertThat(count("pairing_history ph join enterprise e on e.id = ph.enterprise_id and e.cadre_id = ph.cadre_id "
				+ "where ph.assigned_by = 'demo' and ph.ended_at is null")).isEqualTo(DemoDataGenerator.ENTERPRISES);
		assertThat(count("audit_entry")).isZero();
	}

	@Test
	void stampsRowsWithTheClocksTime() {
		seeder(true).run(null);
		assertThat(jdbc.queryForList("select distinct created_at from enterprise", OffsetDateTime.class))
			.singleElement()
			.satisfies(at -> assertThat(at.toInstant()).isEqualTo(NOW));
		assertThat(jdbc.queryForList("select distinct started_at from pairing_history", OffsetDateTime.class))
			.singleElement()
			.satisfies(at -> assertThat(at.toInstant()).isEqualTo(NOW));
	}

	@Test
	void secondRunChangesNothing() {
		seeder(true).run(null);
		long history = count("pairing_history");
		seeder(true).run(null);
		assertThat(count("department")).isEqualTo(72);
		assertThat(count("enterprise")).isEqualTo(DemoDataGenerator.ENTERPRISES);
		assertThat(count("pairing_history")).isEqualTo(history);
	}

	@Test
	void writesNothingOutsideDemoMode() {
		seeder(false).run(null);
		assertThat(count("department")).isZero();
	}

	@Test
	void leavesADirectoryThatHasDepartmentsAlone() {
		jdbc.update("""
				insert into department (code, name, kind, created_at, updated_at)
				values ('OWN', '本区自建部门', 'BUREAU', current_timestamp, current_timestamp)""");
		seeder(true).run(null);
		assertThat(count("department")).isEqualTo(1);
		assertThat(count("cadre")).isZero();
	}

	@Test
	void leavesNothingBehindWhenAWriteFails() {
		jdbc.execute("drop table pairing_history");
		assertThatThrownBy(() -> seeder(true).run(null)).isInstanceOf(DataAccessException.class);
		assertThat(count("department")).isZero();
		assertThat(count("cadre")).isZero();
		assertThat(count("enterprise")).isZero();
		assertThat(count("enterprise_tag")).isZero();
	}

	private DemoDataSeeder seeder(boolean demoMode) {
		DemoMode demo = mock(DemoMode.class);
		given(demo.enabled()).willReturn(demoMode);
		return new DemoDataSeeder(demo, jdbc, new DataSourceTransactionManager(dataSource),
				Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
	}

	private long count(String from) {
		return jdbc.queryForObject("select count(*) from " + from, Long.class);
	}

}
