package org.zhuqi.demand.category;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * The centre edits the problem categories: adds one, changes its clock, switches it off; every change is
 * audited, invalid input is shown beside its field, a stale edit is refused, and nobody else may edit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CategoryAdminIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static MockHttpServletRequestBuilder form(String uri, String nameZh, int accept, int resolve) {
		return post(uri).with(as(ADMIN))
			.with(csrf())
			.param("nameZh", nameZh)
			.param("nameEn", "Test category")
			.param("acceptDays", String.valueOf(accept))
			.param("resolveDays", String.valueOf(resolve))
			.param("sortOrder", "90")
			.param("active", "true");
	}

	@Test
	void addsAndRevisesACategoryWithAnAuditedHistory() throws Exception {
		String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		String name = "测试类别" + code;
		mvc.perform(form("/admin/demand-categories/new", name, 1, 5).param("code", code))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/demand-categories"));
		mvc.perform(get("/admin/demand-categories").with(as(ADMIN)))
			.andExpect(content().string(containsString(name)));

		mvc.perform(form("/admin/demand-categories/" + code + "/edit", name, 2, 10).param("version", "0")
			.param("code", "HIJACK")
			.param("active", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select resolve_days from demand_category where code = :code").param("code", code)
			.query(Integer.class)
			.single()).isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from demand_category where code = 'HIJACK'").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'demand-category' and detail like :code")
			.param("code", code + "%")
			.query(Long.class)
			.single()).isEqualTo(2);

		mvc.perform(form("/admin/demand-categories/" + code + "/edit", name, 2, 12).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("category"))
			.andExpect(content().string(containsString("已被他人修改")));
	}

	@Test
	void showsInvalidInputBesideItsField() throws Exception {
		mvc.perform(form("/admin/demand-categories/new", "用工招聘", 5, 2).param("code", "bad code"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("category", "code"));
		mvc.perform(form("/admin/demand-categories/new", "用工招聘", 5, 2).param("code", "ZZ_CLOCK"))
			.andExpect(model().attributeHasFieldErrorCode("category", "resolveDays", "category.resolveDays.beforeAccept"));
		mvc.perform(form("/admin/demand-categories/new", "用工招聘", 1, 7).param("code", "ZZ_NAME"))
			.andExpect(model().attributeHasFieldErrorCode("category", "nameZh", "category.nameZh.taken"));
		mvc.perform(form("/admin/demand-categories/RECRUITMENT/edit", "用工招聘", 1, 500).param("version", "0"))
			.andExpect(model().attributeHasFieldErrors("category", "resolveDays"));
	}

	@Test
	void letsOnlyTheCentreEditCategories() throws Exception {
		mvc.perform(get("/admin/demand-categories").with(as(Viewer.department("dept-cat", 1))))
			.andExpect(status().isForbidden());
	}

}
