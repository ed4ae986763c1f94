package org.zhuqi.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoAccountsIntegrationTests {

	@Autowired
	private UserAccounts accounts;

	@Autowired
	private Directory directory;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private DemoAccounts demoAccounts;

	@Autowired
	private DemoLogins demoLogins;

	@Test
	void departmentLoginHandlesForTheEconomyAndInformationBureau() {
		UserAccount dept = account(DemoAccounts.DEPARTMENT);
		assertThat(dept.getRole()).isEqualTo(Role.DEPARTMENT);
		assertThat(directory.department(dept.binding().departmentId())).hasValueSatisfying(department -> {
			assertThat(department.code()).isEqualTo("JXJ");
			assertThat(department.name()).isEqualTo("区经信局");
		});
	}

	@Test
	void cadreLoginIsTheBestLiaisonCadreOfLingyin() {
		UserAccount cadre = account(DemoAccounts.CADRE);
		assertThat(cadre.getRole()).isEqualTo(Role.CADRE);
		CadreRef ref = directory.cadre(cadre.binding().cadreId()).orElseThrow();
		assertThat(ref.name()).isEqualTo("尉轩文");
		assertThat(ref.departmentName()).isEqualTo("灵隐街道");
		assertThat(directory.enterprisesPairedWith(ref.id())).isNotEmpty();
	}

	@Test
	void enterpriseLoginIsAnEnterpriseTheDemoCadreLooksAfter() {
		UserAccount ent = account(DemoAccounts.ENTERPRISE);
		assertThat(ent.getRole()).isEqualTo(Role.ENTERPRISE);
		EnterpriseRef enterprise = directory.enterprise(ent.binding().enterpriseId()).orElseThrow();
		assertThat(enterprise.streetCode()).isEqualTo("LINGYIN");
		assertThat(enterprise.cadreId()).isEqualTo(account(DemoAccounts.CADRE).binding().cadreId());
		assertThat(ent.getDisplayName()).isEqualTo(enterprise.name());
	}

	@Test
	void adminIsOpenedByFirstAdminWithTheDemoPassword() {
		assertThat(account(DemoAccounts.ADMIN).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void openingAgainChangesNothing() {
		long before = accounts.count();
		demoAccounts.run(null);
		assertThat(accounts.count()).isEqualTo(before);
	}

	@Test
	void startupLogListsAddressAndTheFourLoginsWithTheirRoles() {
		String text = demoLogins.describe("http://localhost:8080");
		assertThat(text).contains("Zhuqi 助企 is running at http://localhost:8080")
			.contains("admin / zhuqi-admin", "dept  / zhuqi-dept", "cadre / zhuqi-cadre", "ent   / zhuqi-ent")
			.contains("企业服务中心", "部门经办人", "联企干部", "企业用户")
			.contains("区经信局", "尉轩文 · 灵隐街道");
	}

	private UserAccount account(DemoAccounts.Login login) {
		UserAccount account = accounts.findByUsername(login.username()).orElseThrow();
		assertThat(encoder.matches(login.password(), account.getPasswordHash())).isTrue();
		return account;
	}

}
