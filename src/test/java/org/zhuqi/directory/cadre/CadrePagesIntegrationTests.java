package org.zhuqi.directory.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.directory.pairing.PairingService;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.zhuqi.account.TestViewers.as;

class CadrePagesIntegrationTests extends DirectoryIntegrationSupport {

	@Autowired
	PairingService pairing;

	@Test
	void listSearchesAndFiltersByDepartment() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);

		mvc.perform(get("/cadres").param("department", String.valueOf(department.id())).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cadre.name())))
			.andExpect(content().string(containsString(cadre.phone())));
		mvc.perform(get("/cadres").param("q", cadre.phone()).header("HX-Request", "true").with(as(ADMIN)))
			.andExpect(view().name("directory/cadres :: results"))
			.andExpect(content().string(containsString(cadre.name())));
	}

	@Test
	void detailShowsPairedEnterprisesAndPairingHistory() throws Exception {
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());
		pairing.pair(enterprise.id(), cadre.id(), "admin", "测试结对");

		mvc.perform(get("/cadres/{id}", cadre.id()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(enterprise.name())))
			.andExpect(content().string(containsString("测试结对")));
	}

	@Test
	void creationRedirectsAndErrorsAreShownBesideTheFields() throws Exception {
		DepartmentRef department = fixture.department();
		String phone = DirectoryFixture.mobile();

		mvc.perform(post("/cadres/new").with(as(ADMIN)).with(csrf())
			.param("name", "王芳")
			.param("departmentCode", department.code())
			.param("phone", phone)
			.param("active", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cadres/*"));
		assertThat(directory.cadreByPhone(phone)).isPresent();

		mvc.perform(post("/cadres/new").with(as(ADMIN)).with(csrf())
			.param("name", "")
			.param("departmentCode", department.code())
			.param("phone", "12345"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("cadre", "name", "phone"))
			.andExpect(content().string(containsString("请输入有效的手机号或固定电话")));
		mvc.perform(post("/cadres/new").with(as(ADMIN)).with(csrf())
			.param("name", "李明")
			.param("departmentCode", department.code())
			.param("phone", phone))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("cadre", "phone", "cadre.phone.taken"));
	}

	@Test
	void editFormKeepsTheDepartmentAndSaves() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);
		int version = cadres.get(cadre.id(), ADMIN).getVersion();

		mvc.perform(get("/cadres/{id}/edit", cadre.id()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + department.code() + "\" selected")));
		mvc.perform(post("/cadres/{id}/edit", cadre.id()).with(as(ADMIN)).with(csrf())
			.param("name", cadre.name())
			.param("departmentCode", department.code())
			.param("phone", cadre.phone())
			.param("title", "副主任")
			.param("active", "true")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/cadres/" + cadre.id()));
		assertThat(cadres.get(cadre.id(), ADMIN).getTitle()).isEqualTo("副主任");
	}

	@Test
	void aCadreIsSentToItsOwnRecordAndCannotOpenAnother() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef self = fixture.cadre(department);
		CadreRef other = fixture.cadre(department);
		Viewer viewer = Viewer.cadre("self", self.id());

		mvc.perform(get("/cadres").with(as(viewer))).andExpect(redirectedUrl("/cadres/" + self.id()));
		mvc.perform(get("/cadres/{id}", self.id()).with(as(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get("/cadres/{id}", other.id()).with(as(viewer))).andExpect(status().isNotFound());
		mvc.perform(get("/cadres/new").with(as(viewer))).andExpect(status().isForbidden());
	}

	@Test
	void enterpriseUsersAreRefusedAndDepartmentHandlersCannotEdit() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef cadre = fixture.cadre(department);
		Viewer handler = Viewer.department("handler", department.id());

		mvc.perform(get("/cadres").with(as(Viewer.enterprise("acme", 1)))).andExpect(status().isForbidden());
		mvc.perform(get("/cadres/{id}", cadre.id()).with(as(handler))).andExpect(status().isOk());
		mvc.perform(get("/cadres/{id}/edit", cadre.id()).with(as(handler))).andExpect(status().isForbidden());
		mvc.perform(post("/cadres/{id}/deactivate", cadre.id()).with(as(handler)).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
