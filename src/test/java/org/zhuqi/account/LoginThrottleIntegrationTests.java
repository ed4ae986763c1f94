package org.zhuqi.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Five wrong passwords lock a name for both sign-in routes, the login form and HTTP Basic.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginThrottleIntegrationTests {

	private static final String PASSWORD = "right-pass1";

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
	void loginFormRefusesTheRightPasswordAfterFiveWrongOnes() throws Exception {
		String username = TestRecords.unique("guessed");
		records.user(username, PASSWORD, Binding.admin());

		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong-pass" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void httpBasicRefusesTheRightPasswordAfterFiveWrongOnes() throws Exception {
		String username = TestRecords.unique("guessed-api");
		records.user(username, PASSWORD, Binding.admin());
		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, "wrong-pass" + i)))
				.andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/api/v1/enterprises").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void failuresOnEitherRouteCountTogetherWhateverTheCase() throws Exception {
		String username = TestRecords.unique("mixed");
		records.user(username, PASSWORD, Binding.admin());

		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/api/v1/enterprises").with(httpBasic(username.toUpperCase(), "wrong-pass" + i)))
				.andExpect(status().isUnauthorized());
		}
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/login").param("username", username).param("password", "wrong-pass" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() throws Exception {
		String username = TestRecords.unique("forgetful");
		records.user(username, PASSWORD, Binding.admin());

		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(post("/login").param("username", username).param("password", "wrong-pass" + i).with(csrf()))
					.andExpect(redirectedUrl("/login?error"));
			}
			mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void lockingOneNameLeavesOthersAlone() throws Exception {
		String locked = TestRecords.unique("locked");
		String bystander = TestRecords.unique("bystander");
		records.user(locked, PASSWORD, Binding.admin());
		records.user(bystander, PASSWORD, Binding.admin());

		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").param("username", locked).param("password", "wrong-pass" + i).with(csrf()));
		}

		mvc.perform(post("/login").param("username", bystander).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

}
