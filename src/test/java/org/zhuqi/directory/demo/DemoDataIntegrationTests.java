package org.zhuqi.directory.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoDataIntegrationTests {

	private static final List<String> TABLES = List.of("department", "cadre", "enterprise", "enterprise_tag",
			"pairing_history", "user_account");

	private final DemoData expected = DemoDataGenerator.generate(DemoDataGenerator.SEED);

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DemoDataSeeder seeder;

	@Autowired
	private MockMvc mvc;

	@Test
	void databaseHoldsTheDemoUnitsCadresAndEnterprises() {
		assertThat(count("department")).isGreaterThanOrEqualTo(72);
		assertThat(count("cadre")).isGreaterThanOrEqualTo(1_000);
		assertThat(count("enterprise")).isGreaterThanOrEqualTo(1_100);
		assertThat(column("select code from department"))
			.containsAll(expected.units().stream().map(DemoUnit::code).toList());
		assertThat(column("select phone from cadre"))
			.containsAll(expected.cadres().stream().map(DemoCadre::phone).toList());
		assertThat(column("select uscc from enterprise")).containsAll(demoCreditCodes());
	}

	@Test
	void everyDemoEnterpriseHasACadreAndAPairingHistory() {
		assertThat(column("select uscc from enterprise where cadre_id is null"))
			.doesNotContainAnyElementsOf(demoCreditCodes());
		assertThat(count("pairing_history where assigned_by = 'demo'")).isEqualTo(expected.enterprises().size());
	}

	@Test
	void bestLiaisonCadreIsInLingyinWithHerEnterprises() {
		Map<String, Object> cadre = jdbc.sql("""
				select c.title, d.name as unit, (select count(*) from enterprise e where e.cadre_id = c.id) as paired
				from cadre c join department d on d.id = c.department_id where c.phone = :phone""")
			.param("phone", DemoDataGenerator.BEST_CADRE_PHONE)
			.query()
			.singleRow();
		assertThat(cadre).containsEntry("title", "区域发展办").containsEntry("unit", "灵隐街道");
		assertThat(((Number) cadre.get("paired")).intValue()).isPositive();
	}

	@Test
	void seedingAgainChangesNothing() {
		Map<String, Long> before = counts();
		assertThat(seeder.seedIfEmpty()).isNull();
		seeder.run(null);
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void everyDemoLoginCanUseTheApi() throws Exception {
		Map<String, String> logins = Map.of("admin", "zhuqi-admin", "dept", "zhuqi-dept", "cadre", "zhuqi-cadre",
				"ent", "zhuqi-ent");
		for (Map.Entry<String, String> login : logins.entrySet()) {
			mvc.perform(get("/api/v1/enterprises").param("size", "1")
				.with(httpBasic(login.getKey(), login.getValue())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.page.totalElements").isNumber());
		}
	}

	@Test
	void demoEnterpriseLoginSeesOnlyItsOwnEnterprise() throws Exception {
		mvc.perform(get("/api/v1/enterprises").with(httpBasic("ent", "zhuqi-ent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(1));
	}

	@Test
	void adminSeesOverElevenHundredEnterprisesThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/enterprises").param("size", "1").with(httpBasic("admin", "zhuqi-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(greaterThanOrEqualTo(1_100)));
	}

	private List<String> demoCreditCodes() {
		return expected.enterprises().stream().map(DemoEnterprise::uscc).toList();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(table -> counts.put(table, count(table)));
		return counts;
	}

	private long count(String from) {
		return jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private List<String> column(String sql) {
		return jdbc.sql(sql).query(String.class).list().stream().map(String::strip).toList();
	}

}
