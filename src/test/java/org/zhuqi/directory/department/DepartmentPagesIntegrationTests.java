package org.zhuqi.directory.department;

import org.junit.jupiter.api.Test;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.zhuqi.account.TestViewers.as;

class DepartmentPagesIntegrationTests extends DirectoryIntegrationSupport {

	@Test
	void listFindsADepartmentAndHtmxGetsOnlyTheResults() throws Exception {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token, true);

		mvc.perform(get("/departments").param("q", token).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(department.code())))
			.andExpect(content().string(containsString("/departments/new")));
		mvc.perform(get("/departments").param("q", token).header("HX-Request", "true").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/departments :: results"))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void detailShowsFactsCadresAndHistory() throws Exception {
		DepartmentRef department = fixture.department();
		var cadre = fixture.cadre(department);

		mvc.perform(get("/departments/{id}", department.id()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(department.name())))
			.andExpect(content().string(containsString(cadre.name())))
			.andExpect(content().string(containsString("变更记录")));
	}

	@Test
	void creationRedirectsToTheNewDepartment() throws Exception {
		String code = DirectoryFixture.code();

		mvc.perform(post("/departments/new").with(as(ADMIN)).with(csrf())
			.param("code", code)
			.param("name", "测试局" + DirectoryFixture.token())
			.param("kind", "STREET")
			.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/departments/*"))
			.andExpect(flash().attribute("message", "form.saved"));

		assertThat(directory.departmentByCode(code).orElseThrow().kind()).isEqualTo("STREET");
	}

	@Test
	void creationShowsFieldErrorsBesideTheFields() throws Exception {
		mvc.perform(post("/departments/new").with(as(ADMIN)).with(csrf())
			.param("code", "fgj")
			.param("name", "")
			.param("kind", "BUREAU"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/department-form"))
			.andExpect(model().attributeHasFieldErrors("department", "code", "name"))
			.andExpect(content().string(containsString("代码只能由大写字母、数字和连字符组成")))
			.andExpect(content().string(containsString("field invalid")));
	}

	@Test
	void theFormRendersEachFieldOnce() throws Exception {
		String html = mvc.perform(get("/departments/new").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html.split("<select", -1)).hasSize(2);
		assertThat(html.split("type=\"checkbox\"", -1)).hasSize(2);
		assertThat(html.split("name=\"code\"", -1)).hasSize(2);
	}

	@Test
	void aTakenCodeIsShownOnTheCodeField() throws Exception {
		DepartmentRef existing = fixture.department();

		mvc.perform(post("/departments/new").with(as(ADMIN)).with(csrf())
			.param("code", existing.code())
			.param("name", "测试局" + DirectoryFixture.token())
			.param("kind", "BUREAU"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("department", "code", "department.code.taken"));
	}

	@Test
	void aStaleEditShowsTheConflictMessage() throws Exception {
		DepartmentRef department = fixture.department();
		int version = departments.get(department.id(), ADMIN).getVersion();
		departments.deactivate(department.id(), ADMIN);

		mvc.perform(post("/departments/{id}/edit", department.id()).with(as(ADMIN)).with(csrf())
			.param("code", department.code())
			.param("name", department.name() + "改")
			.param("kind", "BUREAU")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("department"))
			.andExpect(content().string(containsString("该记录已被他人修改")));
	}

	@Test
	void postingWithoutCsrfTokenIsForbidden() throws Exception {
		mvc.perform(post("/departments/new").with(as(ADMIN))
			.param("code", DirectoryFixture.code())
			.param("name", "测试局" + DirectoryFixture.token())
			.param("kind", "BUREAU"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDepartmentHandlerReadsButCannotEdit() throws Exception {
		DepartmentRef department = fixture.department();
		Viewer handler = Viewer.department("handler", department.id());

		mvc.perform(get("/departments").with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/departments/new"))));
		mvc.perform(get("/departments/{id}", department.id()).with(as(handler)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get("/departments/new").with(as(handler))).andExpect(status().isForbidden());
		mvc.perform(post("/departments/{id}/deactivate", department.id()).with(as(handler)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void enterpriseAndCadreUsersAreRefusedTheDepartmentList() throws Exception {
		mvc.perform(get("/departments").with(as(Viewer.enterprise("acme", 1)))).andExpect(status().isForbidden());
		mvc.perform(get("/departments").with(as(Viewer.cadre("wang", 1)))).andExpect(status().isForbidden());
	}

	@Test
	void deactivationRedirectsBackWithAMessage() throws Exception {
		DepartmentRef department = fixture.department();

		mvc.perform(post("/departments/{id}/deactivate", department.id()).with(as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "department.deactivated"));
		assertThat(directory.department(department.id()).orElseThrow().active()).isFalse();
	}

}
