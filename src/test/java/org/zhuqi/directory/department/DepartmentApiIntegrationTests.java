package org.zhuqi.directory.department;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.shared.Viewer;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

class DepartmentApiIntegrationTests extends DirectoryIntegrationSupport {

	@Test
	void listIsAPagedModel() throws Exception {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token, true);

		mvc.perform(get("/api/v1/departments").param("q", token).param("size", "5")
			.with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(department.id()))
			.andExpect(jsonPath("$.content[0].code").value(department.code()))
			.andExpect(jsonPath("$.content[0].kind").value("BUREAU"))
			.andExpect(jsonPath("$.page.size").value(5))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.page.totalPages").value(1));
		mvc.perform(get("/api/v1/departments").with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(jsonPath("$.page.totalElements").value(greaterThanOrEqualTo(1)));
	}

	@Test
	void unauthenticatedCallsGet401ProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/departments"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void createReturns201WithTheNewDepartment() throws Exception {
		String code = DirectoryFixture.code();

		mvc.perform(post("/api/v1/departments").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "测试局%s", "kind": "OTHER", "active": true}""".formatted(code,
					DirectoryFixture.token())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/departments/")))
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.kind").value("OTHER"));
	}

	@Test
	void invalidInputIs400ProblemDetailsNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/departments").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "fgj", "name": "区发改局", "kind": "BUREAU"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")));
	}

	@Test
	void aTakenCodeIs400NamingTheCode() throws Exception {
		DepartmentRef existing = fixture.department();

		mvc.perform(post("/api/v1/departments").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "测试局%s", "kind": "BUREAU"}""".formatted(existing.code(),
					DirectoryFixture.token())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void putUpdatesAndAStaleVersionIs409() throws Exception {
		DepartmentRef department = fixture.department();
		int version = departments.get(department.id(), ADMIN).getVersion();
		String body = """
				{"code": "%s", "name": "%s改", "kind": "STREET", "active": true, "version": %d}""";

		mvc.perform(put("/api/v1/departments/{id}", department.id()).with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(department.code(), department.name(), version)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("STREET"));
		mvc.perform(put("/api/v1/departments/{id}", department.id()).with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(department.code(), department.name(), version)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void departmentHandlersMayReadButNotWrite() throws Exception {
		DepartmentRef department = fixture.department();
		Viewer handler = Viewer.department("handler", department.id());

		mvc.perform(get("/api/v1/departments/{id}", department.id()).with(as(handler))).andExpect(status().isOk());
		mvc.perform(put("/api/v1/departments/{id}", department.id()).with(as(handler))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "%s", "kind": "BUREAU"}""".formatted(department.code(), department.name())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void enterpriseUsersAreForbiddenAndUnknownIdsAreNotFound() throws Exception {
		mvc.perform(get("/api/v1/departments").with(as(Viewer.enterprise("acme", 1)))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/departments").with(as(Viewer.enterprise("acme", 1)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "测试局%s", "kind": "BUREAU"}""".formatted(DirectoryFixture.code(),
					DirectoryFixture.token())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/departments/{id}", Long.MAX_VALUE).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isNotFound());
	}

}
