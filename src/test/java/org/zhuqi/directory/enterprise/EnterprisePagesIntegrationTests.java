package org.zhuqi.directory.enterprise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.account.TestViewers;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EnterprisePagesIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestDirectory directory;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
	}

	private static MockHttpServletRequestBuilder validForm(String uri, String uscc, String name) {
		return post(uri).with(csrf())
			.param("name", name)
			.param("uscc", uscc)
			.param("streetCode", "LINGYIN")
			.param("industryCode", "M")
			.param("sizeClass", "MICRO")
			.param("registeredCapital", "300000")
			.param("foundedOn", "2021-03-15")
			.param("contactName", "赵六")
			.param("contactPhone", "0571-88886666")
			.param("tags", "科技型中小企业、雏鹰企业");
	}

	@Test
	void processCreationFormRegistersAndRedirectsToTheEnterprise() throws Exception {
		String uscc = TestDirectory.uniqueUscc();
		mvc.perform(validForm("/enterprises/new", uscc, "杭州灵隐测试研究院有限公司").with(TestViewers.as(ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/enterprises/*"));
		mvc.perform(get("/enterprises").param("q", "灵隐测试研究院").with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString(uscc)))
			.andExpect(content().string(containsString("雏鹰企业")));
	}

	@Test
	void processCreationFormHasErrorsShownBesideTheFields() throws Exception {
		mvc.perform(post("/enterprises/new").with(csrf()).with(TestViewers.as(ADMIN))
			.param("name", "")
			.param("uscc", "91330106MA2GL5XK1N")
			.param("contactPhone", "12345"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/enterprise-form"))
			.andExpect(model().attributeHasFieldErrors("enterprise", "name", "uscc", "contactPhone", "streetCode",
					"registeredCapital"))
			.andExpect(content().string(containsString("第18位应为 3")));
	}

	@Test
	void processUpdateFormReportsAConcurrentEditInsteadOfOverwriting() throws Exception {
		long id = directory.enterprise("并发修改页面企业");
		String uscc = jdbc.sql("select uscc from enterprise where id = :id").param("id", id).query(String.class).single();
		mvc.perform(validForm("/enterprises/{id}/edit".replace("{id}", String.valueOf(id)), uscc, "第一人保存")
			.param("version", "0")
			.with(TestViewers.as(ADMIN))).andExpect(status().is3xxRedirection());
		mvc.perform(validForm("/enterprises/" + id + "/edit", uscc, "第二人保存")
			.param("version", "0")
			.with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被他人修改")));
		mvc.perform(get("/enterprises/{id}", id).with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString("第一人保存")));
	}

	@Test
	void htmxSearchAnswersWithTheResultsFragmentOnly() throws Exception {
		mvc.perform(get("/enterprises").header("HX-Request", "true").with(TestViewers.as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void departmentHandlerMayReadButNotOpenTheRegistrationForm() throws Exception {
		Viewer department = Viewer.department("dept-page", 1L);
		mvc.perform(get("/enterprises").with(TestViewers.as(department))).andExpect(status().isOk());
		mvc.perform(get("/enterprises/new").with(TestViewers.as(department))).andExpect(status().isForbidden());
		long id = directory.enterprise("部门只读企业");
		mvc.perform(get("/enterprises/{id}/edit", id).with(TestViewers.as(department))).andExpect(status().isForbidden());
	}

	@Test
	void enterpriseUserIsTakenStraightToItsOwnPage() throws Exception {
		long self = directory.enterprise("直达本企业");
		mvc.perform(get("/enterprises").with(TestViewers.as(Viewer.enterprise("ent-page", self))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/enterprises/" + self));
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/enterprises/new").with(TestViewers.as(ADMIN)).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void switchesToEnglishOnRequest() throws Exception {
		mvc.perform(get("/enterprises").param("lang", "en").with(TestViewers.as(ADMIN)))
			.andExpect(content().string(containsString("Enterprise directory")));
	}

}
