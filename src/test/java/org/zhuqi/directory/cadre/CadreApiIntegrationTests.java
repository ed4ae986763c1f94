package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.shared.Viewer;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

class CadreApiIntegrationTests extends DirectoryIntegrationSupport {

	@Test
	void listIsAPagedModelOfCadresWithTheirDepartment() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);

		mvc.perform(get("/api/v1/cadres").param("q", cadre.name()).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(cadre.id()))
			.andExpect(jsonPath("$.content[0].phone").value(cadre.phone()))
			.andExpect(jsonPath("$.content[0].departmentCode").value(department.code()))
			.andExpect(jsonPath("$.page.size").value(20))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.page.totalPages").value(1));
	}

	@Test
	void createStoresThePhoneCanonically() throws Exception {
		DepartmentRef department = fixture.department();
		String phone = DirectoryFixture.mobile();

		mvc.perform(post("/api/v1/cadres").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "王芳", "departmentCode": "%s", "phone": "+86 %s", "title": "科长"}"""
				.formatted(department.code(), phone)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phone").value(phone))
			.andExpect(jsonPath("$.departmentName").value(department.name()));
	}

	@Test
	void invalidPhoneAndUnknownDepartmentAre400NamingTheField() throws Exception {
		mvc.perform(post("/api/v1/cadres").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "王芳", "departmentCode": "FGJ", "phone": "12345"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")));
		mvc.perform(post("/api/v1/cadres").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "王芳", "departmentCode": "%s", "phone": "%s"}"""
				.formatted(DirectoryFixture.code(), DirectoryFixture.mobile())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("departmentCode"));
	}

	@Test
	void aCadreSeesItselfButAnotherCadreIs404() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef self = fixture.cadre(department);
		CadreRef other = fixture.cadre(department);
		Viewer viewer = Viewer.cadre("self", self.id());

		mvc.perform(get("/api/v1/cadres/{id}", self.id()).with(as(viewer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/cadres/{id}", other.id()).with(as(viewer)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/cadres").with(as(viewer)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(self.id()));
	}

	@Test
	void enterpriseUsersAreForbiddenAndDepartmentHandlersMayNotWrite() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);

		mvc.perform(get("/api/v1/cadres").with(as(Viewer.enterprise("acme", 1)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cadres/{id}", cadre.id()).with(as(Viewer.department("h", department.id()))))
			.andExpect(status().isOk());
		mvc.perform(put("/api/v1/cadres/{id}", cadre.id()).with(as(Viewer.department("h", department.id())))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "改名", "departmentCode": "%s", "phone": "%s"}""".formatted(department.code(), cadre.phone())))
			.andExpect(status().isForbidden());
	}

	@Test
	void unauthenticatedCallsAre401() throws Exception {
		mvc.perform(get("/api/v1/cadres/1")).andExpect(status().isUnauthorized());
	}

}
