package org.zhuqi.account;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A signed-in user changes their own password on {@code /account/password}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PasswordChangeIntegrationTests {

	private static final String PASSWORD = "first-pass1";

	private static final String NEW_PASSWORD = "second-pass2";

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

	@BeforeEach
	void setUp() {
		records = new TestRecords(jdbc, accounts, encoder);
	}

	@Test
	void showsTheFormToAnySignedInUser() throws Exception {
		mvc.perform(get("/account/password").with(TestViewers.as(Viewer.enterprise("ent", 1))))
			.andExpect(status().isOk())
			.andExpect(view().name("account/password"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"currentPassword\"")));
	}

	@Test
	void changesThePasswordAuditsItAndKeepsTheSession() throws Exception {
		String username = TestRecords.unique("changer");
		UserAccount account = records.user(username, PASSWORD, Binding.admin());
		MockHttpSession session = signIn(username, PASSWORD);

		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmation", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("message", "account.password.changed"));

		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		assertThat(encoder.matches(NEW_PASSWORD, accounts.findById(account.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", username).param("password", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		List<AuditEntry> history = audit.history("user", account.getId(), 10);
		assertThat(history).extracting(AuditEntry::action).containsExactly("password-changed");
		assertThat(history.get(0).actor()).isEqualTo(username);
		assertThat(history.get(0).detail()).isNull();
	}

	@Test
	void refusesAWrongCurrentPasswordWithoutEchoingAnyPassword() throws Exception {
		String username = TestRecords.unique("forgot");
		records.user(username, PASSWORD, Binding.admin());

		change(username, "wrong-pass9", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(view().name("account/password"))
			.andExpect(model().attributeHasFieldErrorCode("change", "currentPassword", "password.current.wrong"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(NEW_PASSWORD))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("wrong-pass9"))));
	}

	@Test
	void showsFieldErrorsForAWeakOrMistypedNewPassword() throws Exception {
		String username = TestRecords.unique("weak");
		records.user(username, PASSWORD, Binding.admin());

		change(username, PASSWORD, "short1", "short2")
			.andExpect(model().attributeHasFieldErrorCode("change", "newPassword", "password.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("change", "confirmation", "password.confirmationMismatch"));
		change(username, PASSWORD, "lettersonly", "lettersonly")
			.andExpect(model().attributeHasFieldErrorCode("change", "newPassword", "password.lettersAndDigits"));
		change(username, PASSWORD, username, username)
			.andExpect(model().attributeHasFieldErrorCode("change", "newPassword", "password.sameAsUsername"));
		change(username, PASSWORD, PASSWORD, PASSWORD)
			.andExpect(model().attributeHasFieldErrorCode("change", "newPassword", "password.sameAsCurrent"));
		change(username, "", "", "")
			.andExpect(model().attributeHasFieldErrorCode("change", "currentPassword", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("change", "newPassword", "NotBlank"));
		assertThat(encoder.matches(PASSWORD, accounts.findByUsername(username).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void showsThePolicyMessageInTheReadersLanguage() throws Exception {
		String username = TestRecords.unique("reader");
		records.user(username, PASSWORD, Binding.admin());

		mvc.perform(post("/account/password").with(TestViewers.as(Viewer.admin(username)))
			.with(csrf())
			.param("lang", "en")
			.param("currentPassword", PASSWORD)
			.param("newPassword", "short1")
			.param("confirmation", "short1"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at least 8 characters")));
	}

	@Test
	void wrongCurrentPasswordsCountTowardsTheLoginLock() throws Exception {
		String username = TestRecords.unique("prober");
		records.user(username, PASSWORD, Binding.admin());

		for (int i = 0; i < 5; i++) {
			change(username, "wrong-pass" + i, NEW_PASSWORD, NEW_PASSWORD)
				.andExpect(model().attributeHasFieldErrorCode("change", "currentPassword", "password.current.wrong"));
		}

		change(username, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(model().attributeHasFieldErrorCode("change", "currentPassword", "password.current.locked"));
		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	private ResultActions change(String username, String current, String next, String confirmation) throws Exception {
		return mvc.perform(post("/account/password").with(TestViewers.as(Viewer.admin(username)))
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation));
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
