package org.zhuqi.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhuqi.directory.reference.Uscc;

/**
 * Creates the directory records and accounts a security test needs, with unique keys, since all tests of a
 * run share one database.
 */
final class TestRecords {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

	private final JdbcClient jdbc;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	TestRecords(JdbcClient jdbc, UserAccounts accounts, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** A name no other test of the run uses, e.g. {@code cadre-12345678}; valid as a username. */
	static String unique(String prefix) {
		return prefix + "-" + SEQUENCE.incrementAndGet();
	}

	/** A valid unified social credit code no other record uses. */
	static String uscc() {
		String digits = String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
		String first17 = "91330106" + digits;
		return first17 + Uscc.checkCharacter(first17);
	}

	long department(String name) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into department (code, name, kind, active, created_at, updated_at)
				values (:code, :name, 'BUREAU', true, :now, :now)""")
			.param("code", unique("D"))
			.param("name", name)
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	long cadre(String name, long departmentId) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into cadre (name, department_id, phone, active, created_at, updated_at)
				values (:name, :department, :phone, true, :now, :now)""")
			.param("name", name)
			.param("department", departmentId)
			.param("phone", "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L))
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** An enterprise, paired with the cadre when one is given. */
	long enterprise(String name, Long cadreId) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enterprise (uscc, name, street_code, industry_code, size_class, registered_capital,
				    founded_on, contact_name, contact_phone, cadre_id, paired_since, created_at, updated_at)
				values (:uscc, :name, 'XIHU', 'I', 'SMALL', :capital, :founded, '王五', '13812345678', :cadre,
				    :paired, :now, :now)""")
			.param("uscc", uscc())
			.param("name", name)
			.param("capital", new BigDecimal("1000000.00"))
			.param("founded", LocalDate.of(2015, 6, 1))
			.param("cadre", cadreId)
			.param("paired", cadreId == null ? null : OffsetDateTime.now())
			.param("now", OffsetDateTime.now())
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** An enabled account with this password. */
	UserAccount user(String username, String password, Binding binding) {
		return accounts.save(UserAccount.open(username, "测试 " + username, encoder.encode(password), binding,
				Instant.now()));
	}

}
