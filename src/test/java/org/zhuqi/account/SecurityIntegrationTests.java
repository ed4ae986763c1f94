package org.zhuqi.account;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call what: sign-in, sessions, CSRF, roles and record scoping, through the real filter chains.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityIntegrationTests {

	private static final String PASSWORD = "secret-pass1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private PasswordEncoder encoder;

	private TestRecords records;

	@BeforeEach
	void setUp() {
		records = new TestRecords(jdbc, accounts, encoder);
	}

	@Test
	void unauthenticatedApiCallGetsProblemDetails401() throws Exception {
		mvc.perform(get("/api/v1/enterprises"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void apiCallWithWrongPasswordGetsProblemDetails401() throws Exception {
		String username = TestRecords.unique("wrong");
		records.user(username, PASSWORD, Binding.admin());

		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, "not-the-pass1")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void pageRequestWithoutSignInRedirectsToLoginPage() throws Exception {
		mvc.perform(get("/enterprises").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/account/password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageIsOpenToEveryone() throws Exception {
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void formLoginIssuesANewSessionId() throws Exception {
		String username = TestRecords.unique("fixation");
		records.user(username, PASSWORD, Binding.admin());
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()).session(session))
			.andExpect(redirectedUrl("/"))
			.andReturn();

		HttpSession after = result.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(before);
		assertThat(after.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
	}

	@Test
	void formLoginIgnoresTheCaseOfTheUsername() throws Exception {
		String username = TestRecords.unique("case");
		records.user(username, PASSWORD, Binding.admin());

		mvc.perform(post("/login").param("username", username.toUpperCase()).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void formLoginWithWrongPasswordReturnsToLoginPage() throws Exception {
		String username = TestRecords.unique("typo");
		records.user(username, PASSWORD, Binding.admin());

		mvc.perform(post("/login").param("username", username).param("password", "typo-pass1").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/account/password").with(TestViewers.as(Viewer.admin("admin")))
			.param("currentPassword", "x")
			.param("newPassword", "y")
			.param("confirmation", "y")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "admin").param("password", "zhuqi-admin"))
			.andExpect(status().isForbidden());
	}

	@Test
	void departmentUserMayNotRegisterEnterprisesThroughApi() throws Exception {
		String username = TestRecords.unique("dept");
		long department = records.department(TestRecords.unique("测试局"));
		records.user(username, PASSWORD, Binding.department(department));

		mvc.perform(post("/api/v1/enterprises").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "西湖测试科技有限公司", "uscc": "%s", "streetCode": "XIHU", "industryCode": "I",
					 "sizeClass": "SMALL", "registeredCapital": 1000000, "foundedOn": "2020-01-01",
					 "contactName": "王五", "contactPhone": "13812345678"}""".formatted(TestRecords.uscc())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void cadreDoesNotSeeAnEnterpriseItIsNotPairedWith() throws Exception {
		long department = records.department(TestRecords.unique("测试局"));
		long cadre = records.cadre("张三", department);
		long otherCadre = records.cadre("李四", department);
		long own = records.enterprise(TestRecords.unique("本人联系企业"), cadre);
		long foreign = records.enterprise(TestRecords.unique("他人联系企业"), otherCadre);
		String username = TestRecords.unique("cadre");
		records.user(username, PASSWORD, Binding.cadre(cadre));

		mvc.perform(get("/api/v1/enterprises/{id}", foreign).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/enterprises/{id}", own).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(own));
		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(own));
	}

	@Test
	void enterpriseUserSeesOnlyItself() throws Exception {
		long own = records.enterprise(TestRecords.unique("本企业"), null);
		records.enterprise(TestRecords.unique("别的企业"), null);
		String username = TestRecords.unique("ent");
		records.user(username, PASSWORD, Binding.enterprise(own));

		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].id").value(own));
	}

	@Test
	void usersPageIsForTheServiceCentreOnly() throws Exception {
		mvc.perform(get("/admin/users").with(TestViewers.as(Viewer.department("dept", 1))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(TestViewers.as(Viewer.cadre("cadre", 1))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users/new").with(TestViewers.as(Viewer.enterprise("ent", 1))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(TestViewers.as(Viewer.admin("admin")))).andExpect(status().isOk());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String username = TestRecords.unique("leaving");
		records.user(username, PASSWORD, Binding.admin());
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));

		assertThat(session.isInvalid()).isTrue();
		mvc.perform(get("/account/password").session(new MockHttpSession()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

}
