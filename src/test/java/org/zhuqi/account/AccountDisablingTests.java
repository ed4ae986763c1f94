package org.zhuqi.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountDisablingTests {

	private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void allowsDisablingAnotherUser() {
		UserAccount cadre = UserAccount.open("zhang.san", "张三", "hash", Binding.cadre(7), NOW);

		assertThat(AccountDisabling.refusal(cadre, "admin", 1)).isEmpty();
	}

	@Test
	void refusesDisablingYourself() {
		UserAccount admin = UserAccount.open("admin", "管理员", "hash", Binding.admin(), NOW);

		assertThat(AccountDisabling.refusal(admin, "Admin", 3)).contains("user.disable.self");
	}

	@Test
	void refusesDisablingTheLastEnabledAdministrator() {
		UserAccount other = UserAccount.open("centre.2", "管理员二", "hash", Binding.admin(), NOW);

		assertThat(AccountDisabling.refusal(other, "admin", 1)).contains("user.disable.lastAdmin");
	}

	@Test
	void allowsDisablingAnAdministratorWhileAnotherRemains() {
		UserAccount other = UserAccount.open("centre.2", "管理员二", "hash", Binding.admin(), NOW);

		assertThat(AccountDisabling.refusal(other, "admin", 2)).isEmpty();
	}

}
