package org.zhuqi.directory.department;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.cadre.CadreService;
import org.zhuqi.directory.enterprise.EnterpriseService;
import org.zhuqi.shared.Viewer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DepartmentPagesIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	DepartmentService departments;

	@Autowired
	CadreService cadres;

	@Autowired
	EnterpriseService enterprises;

	@Autowired
	Directory directory;

	DirectoryFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new DirectoryFixture(departments, cadres, enterprises, directory);
	}

	@Test
	void smoke() throws Exception {
		var d = fixture.department();
		var c = fixture.cadre(d);
		var e = fixture.enterprise("企业" + DirectoryFixture.token());
		mvc.perform(get("/departments").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/departments/" + d.id()).with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/departments/new").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/departments/" + d.id() + "/edit").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/cadres").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/cadres/" + c.id()).with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/cadres/new").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/cadres/" + c.id() + "/edit").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/pairings").with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/pairings/" + e.id()).param("cadreQ", c.name()).with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/pairings/bulk").param("q", e.name()).param("cadreQ", c.name()).with(as(ADMIN))).andExpect(status().isOk());
		mvc.perform(get("/pairings/cadres").param("cadreQ", c.name()).with(as(ADMIN))).andExpect(status().isOk());
	}

}
