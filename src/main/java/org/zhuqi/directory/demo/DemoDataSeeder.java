package org.zhuqi.directory.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.system.DemoMode;

/**
 * In demo mode, fills an empty directory with the {@link DemoDataGenerator generated} units, cadres and
 * enterprises and their pairings, in one transaction with batched inserts, so a failure leaves nothing
 * behind and a second start finds the data and does nothing. The rows are not written to the audit log:
 * their pairing history says {@code assigned_by = 'demo'} and the log says when they were loaded.
 * Runs before the accounts are opened ({@code account.FirstAdmin}, {@code account.DemoAccounts}).
 */
@Component
@Order(5)
class DemoDataSeeder implements ApplicationRunner {

	static final String ACTOR = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final DemoMode demo;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataSeeder(DemoMode demo, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		long started = System.nanoTime();
		try {
			DemoData data = transaction.execute(status -> seedIfEmpty());
			if (data != null) {
				log.info("Demo data loaded in {} ms: {} units, {} cadres, {} enterprises with {} tags, each paired",
						(System.nanoTime() - started) / 1_000_000, data.units().size(), data.cadres().size(),
						data.enterprises().size(), data.tagCount());
			}
		}
		catch (DuplicateKeyException ex) {
			log.info("Demo data not loaded: another instance is loading it at the same time");
		}
	}

	/** Writes the demo data when the directory has neither departments nor enterprises; else returns null. */
	DemoData seedIfEmpty() {
		if (count("department") > 0 || count("enterprise") > 0) {
			log.debug("Demo data not loaded: the directory is not empty");
			return null;
		}
		DemoData data = DemoDataGenerator.generate(DemoDataGenerator.SEED);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Long> units = insertUnits(data.units(), now);
		Map<String, Long> cadres = insertCadres(data.cadres(), units, now);
		Map<String, Long> enterprises = insertEnterprises(data.enterprises(), cadres, now);
		insertTagsAndHistory(data.enterprises(), enterprises, cadres, now);
		return data;
	}

	private Map<String, Long> insertUnits(List<DemoUnit> units, OffsetDateTime now) {
		jdbc.batchUpdate("""
				insert into department (code, name, kind, active, version, created_at, updated_at)
				values (?, ?, ?, true, 0, ?, ?)""",
				units.stream().map(unit -> new Object[] { unit.code(), unit.name(), unit.kind(), now, now }).toList());
		return ids("select id, code from department");
	}

	private Map<String, Long> insertCadres(List<DemoCadre> cadres, Map<String, Long> units, OffsetDateTime now) {
		jdbc.batchUpdate("""
				insert into cadre (name, department_id, phone, title, active, version, created_at, updated_at)
				values (?, ?, ?, ?, true, 0, ?, ?)""",
				cadres.stream()
					.map(cadre -> new Object[] { cadre.name(), units.get(cadre.unitCode()), cadre.phone(),
							cadre.title(), now, now })
					.toList());
		return ids("select id, phone from cadre");
	}

	private Map<String, Long> insertEnterprises(List<DemoEnterprise> enterprises, Map<String, Long> cadres,
			OffsetDateTime now) {
		jdbc.batchUpdate("""
				insert into enterprise (uscc, name, street_code, industry_code, size_class, registered_capital,
				    founded_on, contact_name, contact_phone, cadre_id, paired_since, version, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
				enterprises.stream()
					.map(e -> new Object[] { e.uscc(), e.name(), e.streetCode(), e.industryCode(),
							e.sizeClass().name(), e.registeredCapital(), e.foundedOn(), e.contactName(),
							e.contactPhone(), cadres.get(e.cadrePhone()), now, now, now })
					.toList());
		return ids("select id, uscc from enterprise");
	}

	private void insertTagsAndHistory(List<DemoEnterprise> enterprises, Map<String, Long> ids,
			Map<String, Long> cadres, OffsetDateTime now) {
		List<Object[]> tags = new ArrayList<>();
		List<Object[]> history = new ArrayList<>();
		for (DemoEnterprise enterprise : enterprises) {
			Long id = ids.get(enterprise.uscc());
			enterprise.tags().forEach(tag -> tags.add(new Object[] { id, tag }));
			history.add(new Object[] { id, cadres.get(enterprise.cadrePhone()), now, ACTOR });
		}
		jdbc.batchUpdate("insert into enterprise_tag (enterprise_id, tag) values (?, ?)", tags);
		jdbc.batchUpdate("""
				insert into pairing_history (enterprise_id, cadre_id, started_at, assigned_by)
				values (?, ?, ?, ?)""", history);
	}

	/** Generated ids by natural key (code, phone, credit code), read back after a batch insert. */
	private Map<String, Long> ids(String sql) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.query(sql, rs -> {
			ids.put(rs.getString(2).strip(), rs.getLong(1));
		});
		return ids;
	}

	private long count(String table) {
		Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
		return count == null ? 0 : count;
	}

}
