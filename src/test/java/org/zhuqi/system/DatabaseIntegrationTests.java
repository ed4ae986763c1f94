package org.zhuqi.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Says which database the integration tests really ran on and proves that Flyway brought it to the latest
 * migration. {@code .ci/run} sets {@code ZHUQI_CI_DATABASE=PostgreSQL} for its second pass, so that a
 * {@code SPRING_DATASOURCE_URL} that silently failed to override the test profile's H2 is caught.
 */
@SpringBootTest
@ActiveProfiles("test")
class DatabaseIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(DatabaseIntegrationTests.class);

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Flyway flyway;

	@Test
	void runsOnTheExpectedDatabaseMigratedToTheLatestVersion() throws SQLException {
		String product;
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			product = metadata.getDatabaseProductName();
			log.info("Database under test: {} {} at {}", product, metadata.getDatabaseProductVersion(),
					metadata.getURL());
		}
		String expected = System.getenv("ZHUQI_CI_DATABASE");
		if (expected != null && !expected.isBlank()) {
			assertThat(product).as("database product").isEqualToIgnoringCase(expected);
		}

		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).as("applied migrations").isNotEmpty();
		assertThat(applied).allSatisfy(migration -> assertThat(migration.getState().isFailed())
			.as("migration %s failed", migration.getVersion())
			.isFalse());
		assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
		log.info("Flyway schema version on {}: {} ({} migrations applied)", product,
				flyway.info().current().getVersion(), applied.length);
	}

}
