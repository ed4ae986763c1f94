package org.zhuqi.directory.enterprise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.zhuqi.account.TestViewers;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.hamcrest.Matchers.containsString;
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

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EnterpriseApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestDirectory directory;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
	}

	private static String body(String uscc, String name) {
		return """
				{"name":"%s","uscc":"%s","streetCode":"XIXI","industryCode":"I","sizeClass":"SMALL",
				 "registeredCapital":5000000,"foundedOn":"2019-05-20","contactName":"王五",
				 "contactPhone":"13912345678","tags":["高新技术企业","专精特新"]}""".formatted(name, uscc);
	}

	@Test
	void listsEnterprisesAsAPagedModel() throws Exception {
		directory.enterprise("分页测试企业");
		mvc.perform(get("/api/v1/enterprises").param("size", "1").with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.page.totalElements").value(greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.page.totalPages").value(greaterThanOrEqualTo(1)));
	}

	@Test
	void createsAnEnterpriseAndFindsItBySearch() throws Exception {
		String uscc = TestDirectory.uniqueUscc();
		mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(uscc, "杭州云栖测试科技有限公司")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/enterprises/")))
			.andExpect(jsonPath("$.uscc").value(uscc))
			.andExpect(jsonPath("$.tags").value(hasItem("专精特新")))
			.andExpect(jsonPath("$.streetName").value("西溪街道"));

		mvc.perform(get("/api/v1/enterprises").param("q", uscc.toLowerCase()).with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(jsonPath("$.content[0].uscc").value(uscc));
	}

	@Test
	void rejectsAWrongCheckCharacterNamingTheFieldAndTheExpectedCharacter() throws Exception {
		String valid = TestDirectory.uniqueUscc();
		char wrong = valid.charAt(17) == '0' ? '1' : '0';
		mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(valid.substring(0, 17) + wrong, "错误校验码企业")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("uscc"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(String.valueOf(valid.charAt(17)))));
	}

	@Test
	void rejectsADuplicateCreditCode() throws Exception {
		String uscc = TestDirectory.uniqueUscc();
		mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(uscc, "先登记的企业")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/enterprises").with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(uscc, "后登记的企业")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("uscc"));
	}

	@Test
	void refusesAnUpdateBasedOnAStaleVersion() throws Exception {
		long id = directory.enterprise("并发编辑企业");
		String uscc = jdbc.sql("select uscc from enterprise where id = :id").param("id", id).query(String.class).single();
		String first = body(uscc, "第一次修改").replace("{", "{\"version\":0,");
		mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(first)).andExpect(status().isOk());
		mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("admin", "zhuqi-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(first.replace("第一次修改", "第二次修改")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersAnUnauthenticatedCallWith401ProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/enterprises"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void forbidsADepartmentHandlerToRegisterEnterprises() throws Exception {
		mvc.perform(post("/api/v1/enterprises").with(TestViewers.as(Viewer.department("dept-test", 1L)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(TestDirectory.uniqueUscc(), "越权登记")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void showsACadreOnlyItsPairedEnterprises() throws Exception {
		long department = directory.department("区测试局");
		long cadre = directory.cadre("测试干部", department);
		long paired = directory.enterprise("结对企业");
		long other = directory.enterprise("非结对企业");
		directory.pair(paired, cadre);
		Viewer viewer = Viewer.cadre("cadre-test", cadre);

		mvc.perform(get("/api/v1/enterprises").with(TestViewers.as(viewer)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(paired));
		mvc.perform(get("/api/v1/enterprises/{id}", paired).with(TestViewers.as(viewer))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/enterprises/{id}", other).with(TestViewers.as(viewer)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void showsAnEnterpriseUserOnlyItself() throws Exception {
		long self = directory.enterprise("本企业");
		long other = directory.enterprise("别的企业");
		Viewer viewer = Viewer.enterprise("ent-test", self);

		mvc.perform(get("/api/v1/enterprises").with(TestViewers.as(viewer)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(self));
		mvc.perform(get("/api/v1/enterprises/{id}", other).with(TestViewers.as(viewer)))
			.andExpect(status().isNotFound());
	}

}
