package org.zhuqi.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.system.DemoMode;

/**
 * In demo mode, opens one login per bound role next to {@code admin} (opened by {@link FirstAdmin}), bound
 * to records of the demo directory: a handler of 区经信局 (the economy and information bureau), the liaison
 * cadre 尉轩文 of 灵隐街道, and an enterprise she looks after. Runs after the demo data and the admin; an
 * account that already exists is left alone, and one whose record is missing is skipped with a warning.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

	static final Login ADMIN = new Login(FirstAdmin.USERNAME, FirstAdmin.DEMO_PASSWORD);

	static final Login DEPARTMENT = new Login("dept", "zhuqi-dept");

	static final Login CADRE = new Login("cadre", "zhuqi-cadre");

	static final Login ENTERPRISE = new Login("ent", "zhuqi-ent");

	/** The demo logins, in the order the startup log lists them. */
	static final List<Login> LOGINS = List.of(ADMIN, DEPARTMENT, CADRE, ENTERPRISE);

	/** Code of 区经信局 in the demo directory. */
	static final String DEPARTMENT_CODE = "JXJ";

	/** Phone of 尉轩文, the article's best liaison cadre, in the demo directory. */
	static final String CADRE_PHONE = "13957112020";

	private static final int DISPLAY_NAME_MAX = 50;

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	/** A demo username and its password. */
	record Login(String username, String password) {
	}

	private final UserAccounts accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final DemoMode demo;

	private final Clock clock;

	DemoAccounts(UserAccounts accounts, Directory directory, PasswordEncoder encoder, DemoMode demo, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		Optional<DepartmentRef> department = directory.departmentByCode(DEPARTMENT_CODE);
		Optional<CadreRef> cadre = directory.cadreByPhone(CADRE_PHONE);
		Optional<EnterpriseRef> enterprise = cadre
			.flatMap(c -> directory.enterprisesPairedWith(c.id()).stream().findFirst());
		open(DEPARTMENT, department.map(d -> d.name() + "经办人"), department.map(d -> Binding.department(d.id())));
		open(CADRE, cadre.map(CadreRef::name), cadre.map(c -> Binding.cadre(c.id())));
		open(ENTERPRISE, enterprise.map(EnterpriseRef::name), enterprise.map(e -> Binding.enterprise(e.id())));
	}

	private void open(Login login, Optional<String> displayName, Optional<Binding> binding) {
		if (accounts.existsByUsername(login.username())) {
			return;
		}
		if (binding.isEmpty() || displayName.isEmpty()) {
			log.warn("Demo login {} not opened: its record is not in the directory", login.username());
			return;
		}
		String name = displayName.get();
		accounts.save(UserAccount.open(login.username(),
				name.length() > DISPLAY_NAME_MAX ? name.substring(0, DISPLAY_NAME_MAX) : name,
				encoder.encode(login.password()), binding.get(), clock.instant()));
	}

}
