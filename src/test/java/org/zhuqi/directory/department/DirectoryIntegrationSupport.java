package org.zhuqi.directory.department;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.cadre.CadreService;
import org.zhuqi.directory.enterprise.EnterpriseService;
import org.zhuqi.shared.Viewer;

/**
 * The full application on the test database, with MockMvc and a {@link DirectoryFixture}, for the
 * integration tests of departments, cadres and pairing (one Spring context shared by all of them).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class DirectoryIntegrationSupport {

	protected static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected DepartmentService departments;

	@Autowired
	protected CadreService cadres;

	@Autowired
	protected EnterpriseService enterprises;

	@Autowired
	protected Directory directory;

	protected DirectoryFixture fixture;

	@BeforeEach
	void createFixture() {
		fixture = new DirectoryFixture(departments, cadres, enterprises, directory);
	}

	/** How many audit entries a record has. */
	protected long auditCount(String subjectType, long subjectId) {
		return jdbc.sql("select count(*) from audit_entry where subject_type = :type and subject_id = :id")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(Long.class)
			.single();
	}

}
