package org.zhuqi.directory;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.zhuqi.directory.reference.Uscc;

/**
 * Creates directory records straight in the database for tests, with keys unique within a test run (the
 * test database is shared by every test of the run and already holds the demo data).
 */
public final class TestDirectory {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final JdbcClient jdbc;

	public TestDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A valid credit code never handed out before in this run. */
	public static String uniqueUscc() {
		String serial = String.format("%09d", SEQUENCE.incrementAndGet() % 1_000_000_000L);
		String first17 = "91330106" + serial;
		return first17 + Uscc.checkCharacter(first17);
	}

	/** A valid mobile number never handed out before in this run. */
	public static String uniqueMobile() {
		return "139" + String.format("%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
	}

	public long department(String name) {
		String code = "T" + SEQUENCE.incrementAndGet();
		return insert("""
				insert into department (code, name, kind, active, created_at, updated_at)
				values (:code, :name, 'BUREAU', true, :now, :now)""", code, name + code);
	}

	public long cadre(String name, long departmentId) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into cadre (name, department_id, phone, active, created_at, updated_at)
				values (:name, :department, :phone, true, :now, :now)""")
			.param("name", name)
			.param("department", departmentId)
			.param("phone", uniqueMobile())
			.param("now", OffsetDateTime.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public long enterprise(String name) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into enterprise (uscc, name, street_code, industry_code, size_class, registered_capital,
				    founded_on, contact_name, contact_phone, created_at, updated_at)
				values (:uscc, :name, 'XIXI', 'I', 'SMALL', 1000000, date '2020-01-01', '张三', '13812345678', :now, :now)""")
			.param("uscc", uniqueUscc())
			.param("name", name)
			.param("now", OffsetDateTime.now())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void pair(long enterpriseId, long cadreId) {
		jdbc.sql("update enterprise set cadre_id = :cadre, paired_since = :now where id = :id")
			.param("cadre", cadreId)
			.param("now", OffsetDateTime.now())
			.param("id", enterpriseId)
			.update();
	}

	private long insert(String sql, String code, String name) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql(sql).param("code", code).param("name", name).param("now", OffsetDateTime.now()).update(keys, "id");
		return keys.getKey().longValue();
	}

}
