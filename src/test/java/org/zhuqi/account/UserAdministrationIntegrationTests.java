package org.zhuqi.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The service centre lists, opens, disables, enables and resets accounts on {@code /admin/users}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationIntegrationTests {

	private static final String PASSWORD = "start-pass1";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private AuditLog audit;

	private TestRecords records;

	private String adminName;

	private RequestPostProcessor admin;

	@BeforeEach
	void setUp() {
		records = new TestRecords(jdbc, accounts, encoder);
		adminName = TestRecords.unique("centre");
		records.user(adminName, PASSWORD, Binding.admin());
		admin = TestViewers.as(Viewer.admin(adminName));
	}

	@Test
	void listsAccountsBySearchRoleAndStateWithPaging() throws Exception {
		String prefix = TestRecords.unique("lst");
		long department = records.department(TestRecords.unique("发改局"));
		records.user(prefix + ".a", PASSWORD, Binding.department(department));
		records.user(prefix + ".b", PASSWORD, Binding.department(department));
		UserAccount off = records.user(prefix + ".c", PASSWORD, Binding.admin());
		off.disable(java.time.Instant.now());
		accounts.save(off);

		assertThat(search("q=" + prefix.toUpperCase()).getTotalElements()).isEqualTo(3);
		assertThat(search("q=" + prefix + "&role=DEPARTMENT").getTotalElements()).isEqualTo(2);
		assertThat(search("q=" + prefix + "&enabled=false").getContent()).extracting(UserRow::username)
			.containsExactly(prefix + ".c");
		Page<UserRow> first = search("q=" + prefix + "&size=2");
		assertThat(first.getContent()).extracting(UserRow::username).containsExactly(prefix + ".a", prefix + ".b");
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(search("q=" + prefix + "&size=2&page=1").getContent()).extracting(UserRow::username)
			.containsExactly(prefix + ".c");
	}

	@Test
	void listShowsWhatEachAccountIsBoundTo() throws Exception {
		String prefix = TestRecords.unique("bound");
		String departmentName = TestRecords.unique("经信局");
		long department = records.department(departmentName);
		long cadre = records.cadre("赵六", department);
		String enterpriseName = TestRecords.unique("灵隐科技有限公司");
		long enterprise = records.enterprise(enterpriseName, cadre);
		records.user(prefix + ".d", PASSWORD, Binding.department(department));
		records.user(prefix + ".c", PASSWORD, Binding.cadre(cadre));
		records.user(prefix + ".e", PASSWORD, Binding.enterprise(enterprise));

		mvc.perform(get("/admin/users").param("q", prefix).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(departmentName)))
			.andExpect(content().string(containsString("赵六")))
			.andExpect(content().string(containsString(enterpriseName)));
	}

	@Test
	void htmxSearchGetsOnlyTheResults() throws Exception {
		mvc.perform(get("/admin/users").param("q", adminName).header("HX-Request", "true").with(admin))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/users :: results"))
			.andExpect(content().string(containsString(adminName)))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void opensADepartmentAccountWithAGeneratedPasswordShownOnce() throws Exception {
		long department = records.department(TestRecords.unique("科技局"));
		String username = TestRecords.unique("Dept.New");

		MvcResult created = mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", username)
			.param("displayName", "科技局经办人")
			.param("role", "DEPARTMENT")
			.param("departmentId", String.valueOf(department))
			.param("password", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "user.created"))
			.andReturn();

		UserAccount account = accounts.findByUsername(username.toLowerCase()).orElseThrow();
		assertThat(account.viewer()).isEqualTo(Viewer.department(username.toLowerCase(), department));
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + account.getId());
		String generated = (String) created.getFlashMap().get("issuedPassword");
		assertThat(PasswordPolicy.check(generated, username)).isEmpty();
		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, generated))).andExpect(status().isOk());
		mvc.perform(get("/admin/users/{id}", account.getId()).with(admin).flashAttr("issuedPassword", generated))
			.andExpect(content().string(containsString(generated)));
		mvc.perform(get("/admin/users/{id}", account.getId()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(generated))));
		assertThat(audit.history("user", account.getId(), 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("created");
			assertThat(entry.actor()).isEqualTo(adminName);
			assertThat(entry.detail()).doesNotContain(generated);
		});
	}

	@Test
	void opensCadreAndEnterpriseAccountsWithTypedPasswords() throws Exception {
		long department = records.department(TestRecords.unique("住建局"));
		long cadre = records.cadre("钱七", department);
		long enterprise = records.enterprise(TestRecords.unique("西溪商贸有限公司"), cadre);
		String cadreUser = TestRecords.unique("cadre.new");
		String enterpriseUser = TestRecords.unique("ent.new");

		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", cadreUser)
			.param("displayName", "钱七")
			.param("role", "CADRE")
			.param("cadreId", String.valueOf(cadre))
			.param("departmentId", String.valueOf(department))
			.param("password", "typed-pass1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("issuedPassword", (Object) null));
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", enterpriseUser)
			.param("displayName", "企业联系人")
			.param("role", "ENTERPRISE")
			.param("enterpriseId", String.valueOf(enterprise))
			.param("password", "typed-pass2"))
			.andExpect(status().is3xxRedirection());

		assertThat(accounts.findByUsername(cadreUser).orElseThrow().viewer()).isEqualTo(Viewer.cadre(cadreUser, cadre));
		assertThat(accounts.findByUsername(enterpriseUser).orElseThrow().viewer())
			.isEqualTo(Viewer.enterprise(enterpriseUser, enterprise));
		mvc.perform(get("/api/v1/enterprises/{id}", enterprise).with(httpBasic(cadreUser, "typed-pass1")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/enterprises/{id}", enterprise).with(httpBasic(enterpriseUser, "typed-pass2")))
			.andExpect(status().isOk());
	}

	@Test
	void refusesATakenUsernameWhateverItsCase() throws Exception {
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", adminName.toUpperCase())
			.param("displayName", "重复")
			.param("role", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/user-form"))
			.andExpect(model().attributeHasFieldErrorCode("user", "username", "user.username.taken"));
	}

	@Test
	void showsFieldErrorsForBadInput() throws Exception {
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", "a b")
			.param("displayName", "")
			.param("role", ""))
			.andExpect(model().attributeHasFieldErrorCode("user", "username", "Pattern"))
			.andExpect(model().attributeHasFieldErrorCode("user", "displayName", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("user", "role", "NotNull"))
			.andExpect(content().string(containsString("请选择角色")))
			.andExpect(content().string(containsString("用户名为 3 至 64 位字母")));
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", TestRecords.unique("nobinding"))
			.param("displayName", "无部门")
			.param("role", "DEPARTMENT"))
			.andExpect(model().attributeHasFieldErrorCode("user", "departmentId", "user.department.required"));
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", TestRecords.unique("nocadre"))
			.param("displayName", "无干部")
			.param("role", "CADRE")
			.param("cadreId", "-1"))
			.andExpect(model().attributeHasFieldErrorCode("user", "cadreId", "user.cadre.unknown"));
		mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", TestRecords.unique("weak"))
			.param("displayName", "弱密码")
			.param("role", "ADMIN")
			.param("password", "password"))
			.andExpect(model().attributeHasFieldErrorCode("user", "password", "password.lettersAndDigits"));
	}

	@Test
	void aBlankUsernameGetsOneErrorNotTwo() throws Exception {
		MvcResult result = mvc.perform(post("/admin/users/new").with(admin)
			.with(csrf())
			.param("username", "")
			.param("displayName", "无名")
			.param("role", "ADMIN"))
			.andExpect(model().attributeHasFieldErrorCode("user", "username", "NotBlank"))
			.andReturn();

		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "user");
		assertThat(errors.getFieldErrorCount("username")).isEqualTo(1);
	}

	@Test
	void bindingFieldFollowsTheChosenRole() throws Exception {
		records.department(TestRecords.unique("统计局"));

		mvc.perform(get("/admin/users/binding").param("role", "DEPARTMENT").with(admin))
			.andExpect(content().string(containsString("name=\"departmentId\"")));
		mvc.perform(get("/admin/users/binding").param("role", "CADRE").with(admin))
			.andExpect(content().string(containsString("name=\"cadreQuery\"")))
			.andExpect(content().string(not(containsString("name=\"departmentId\""))));
		mvc.perform(get("/admin/users/binding").param("role", "ADMIN").with(admin))
			.andExpect(content().string(not(containsString("name=\"cadreQuery\""))));
	}

	@Test
	void searchBoxesFindCadresAndEnterprises() throws Exception {
		long department = records.department(TestRecords.unique("商务局"));
		String cadreName = TestRecords.unique("孙八");
		long cadre = records.cadre(cadreName, department);
		String enterpriseName = TestRecords.unique("翠苑制造有限公司");
		long enterprise = records.enterprise(enterpriseName, null);

		mvc.perform(get("/admin/users/cadre-choices").param("cadreQuery", cadreName).with(admin))
			.andExpect(content().string(containsString("value=\"" + cadre + "\"")));
		mvc.perform(get("/admin/users/enterprise-choices").param("enterpriseQuery", enterpriseName).with(admin))
			.andExpect(content().string(containsString("value=\"" + enterprise + "\"")));
		mvc.perform(get("/admin/users/enterprise-choices").param("enterpriseQuery", "没有这样的企业%_").with(admin))
			.andExpect(content().string(not(containsString("type=\"radio\""))));
	}

	@Test
	void disabledAccountCannotSignInAndItsSessionsEnd() throws Exception {
		String username = TestRecords.unique("leaver");
		UserAccount account = records.user(username, PASSWORD, Binding.admin());
		MockHttpSession session = signIn(username, PASSWORD);

		mvc.perform(post("/admin/users/{id}/disable", account.getId()).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()))
			.andExpect(flash().attribute("message", "user.disabled"));

		mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(audit.history("user", account.getId(), 10)).extracting(AuditEntry::action).contains("disabled");

		mvc.perform(post("/admin/users/{id}/enable", account.getId()).with(admin).with(csrf()))
			.andExpect(flash().attribute("message", "user.enabled"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(audit.history("user", account.getId(), 10)).extracting(AuditEntry::action)
			.containsExactly("enabled", "disabled");
	}

	@Test
	void administratorCannotDisableItself() throws Exception {
		long id = accounts.findByUsername(adminName).orElseThrow().getId();

		mvc.perform(post("/admin/users/{id}/disable", id).with(admin).with(csrf()))
			.andExpect(flash().attribute("refusal", "user.disable.self"));

		assertThat(accounts.findById(id).orElseThrow().isEnabled()).isTrue();
		assertThat(accounts.countByRoleAndEnabled(Role.ADMIN, true)).isPositive();
	}

	@Test
	void resetGeneratesATemporaryPasswordAndLiftsALock() throws Exception {
		String username = TestRecords.unique("locked.out");
		UserAccount account = records.user(username, PASSWORD, Binding.admin());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong-pass" + i).with(csrf()));
		}
		mvc.perform(get("/admin/users/{id}", account.getId()).with(admin))
			.andExpect(content().string(containsString("已锁定")));

		MvcResult reset = mvc
			.perform(post("/admin/users/{id}/password", account.getId()).with(admin).with(csrf()).param("password", ""))
			.andExpect(redirectedUrl("/admin/users/" + account.getId()))
			.andExpect(flash().attribute("message", "user.password.reset"))
			.andReturn();

		String temporary = (String) reset.getFlashMap().get("issuedPassword");
		mvc.perform(post("/login").param("username", username).param("password", temporary).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(audit.history("user", account.getId(), 10)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("password-reset");
			assertThat(entry.detail()).isNull();
		});
	}

	@Test
	void resetTakesATypedPasswordThatPassesThePolicy() throws Exception {
		String username = TestRecords.unique("typed");
		UserAccount account = records.user(username, PASSWORD, Binding.admin());

		mvc.perform(post("/admin/users/{id}/password", account.getId()).with(admin).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/user"))
			.andExpect(model().attributeHasFieldErrorCode("reset", "password", "password.tooShort"));
		mvc.perform(post("/admin/users/{id}/password", account.getId()).with(admin)
			.with(csrf())
			.param("password", "chosen-pass7"))
			.andExpect(flash().attribute("issuedPassword", (Object) null));

		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, "chosen-pass7"))).andExpect(status().isOk());
	}

	@Test
	void detailShowsTheAccountAndUnknownOnesAreNotFound() throws Exception {
		String departmentName = TestRecords.unique("市场监管局");
		long department = records.department(departmentName);
		UserAccount account = records.user(TestRecords.unique("shown"), PASSWORD, Binding.department(department));

		mvc.perform(get("/admin/users/{id}", account.getId()).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(departmentName)))
			.andExpect(content().string(not(containsString(account.getPasswordHash()))));
		mvc.perform(get("/admin/users/{id}", Long.MAX_VALUE).with(admin)).andExpect(status().isNotFound());
	}

	@SuppressWarnings("unchecked")
	private Page<UserRow> search(String query) throws Exception {
		return (Page<UserRow>) mvc.perform(get("/admin/users?" + query).with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("page");
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
