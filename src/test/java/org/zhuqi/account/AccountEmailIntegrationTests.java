package org.zhuqi.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The e-mail address notifications go to: set, changed and removed by the service centre on the account's page
 * (audited), refused when malformed, and found by other modules through {@link Accounts} for enabled accounts
 * only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountEmailIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private UserAccounts userAccounts;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private AuditLog audit;

	@Autowired
	private Accounts accounts;

	private TestRecords records;

	private final RequestPostProcessor admin = TestViewers.as(Viewer.admin("admin"));

	@BeforeEach
	void setUp() {
		records = new TestRecords(jdbc, userAccounts, encoder);
	}

	@Test
	void theCentreSetsChangesAndRemovesTheAddressWithHistory() throws Exception {
		long department = records.department(TestRecords.unique("邮件局"));
		String username = TestRecords.unique("mail");
		long id = records.user(username, "start-pass1", Binding.department(department)).getId();

		changeEmail(id, "  zhang@example.org ").andExpect(redirectedUrl("/admin/users/" + id))
			.andExpect(flash().attribute("message", "user.email.changed"));
		assertThat(accounts.emailOf(username)).contains("zhang@example.org");
		assertThat(accounts.emailsOf(Role.DEPARTMENT, department)).containsExactly("zhang@example.org");
		mvc.perform(get("/admin/users/{id}", id).with(admin))
			.andExpect(content().string(containsString("zhang@example.org")));

		changeEmail(id, "").andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(accounts.emailOf(username)).isEmpty();
		assertThat(audit.history("user", id, 10)).extracting(AuditEntry::action)
			.containsExactly("email-changed", "email-changed");
	}

	@Test
	void refusesAMalformedAddress() throws Exception {
		String username = TestRecords.unique("mail");
		long id = records.user(username, "start-pass1", Binding.admin()).getId();

		changeEmail(id, "not an address").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contact", "email", "Email"));
		assertThat(accounts.emailOf(username)).isEmpty();
	}

	@Test
	void aDisabledAccountIsNoLongerWritten() throws Exception {
		long department = records.department(TestRecords.unique("邮件局"));
		String username = TestRecords.unique("mail");
		long id = records.user(username, "start-pass1", Binding.department(department)).getId();
		changeEmail(id, username + "@example.org");
		assertThat(accounts.emailOf(username)).isPresent();

		mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()).with(admin))
			.andExpect(redirectedUrl("/admin/users/" + id));

		assertThat(accounts.emailOf(username)).isEmpty();
		assertThat(accounts.emailsOf(Role.DEPARTMENT, department)).isEmpty();
	}

	@Test
	void onlyTheCentreMaySetAnAddress() throws Exception {
		long id = records.user(TestRecords.unique("mail"), "start-pass1", Binding.admin()).getId();
		mvc.perform(post("/admin/users/{id}/email", id).param("email", "x@example.org")
			.with(csrf())
			.with(TestViewers.as(Viewer.enterprise("ent", 1)))).andExpect(status().isForbidden());
	}

	private ResultActions changeEmail(long id, String email) throws Exception {
		return mvc.perform(post("/admin/users/{id}/email", id).param("email", email).with(csrf()).with(admin));
	}

}
