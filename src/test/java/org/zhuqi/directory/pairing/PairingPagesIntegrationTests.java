package org.zhuqi.directory.pairing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhuqi.directory.CadreRef;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.EnterpriseRef;
import org.zhuqi.directory.department.DirectoryFixture;
import org.zhuqi.directory.department.DirectoryIntegrationSupport;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.zhuqi.account.TestViewers.as;

class PairingPagesIntegrationTests extends DirectoryIntegrationSupport {

	@Autowired
	PairingService pairing;

	@Test
	void theListFindsUnpairedEnterprises() throws Exception {
		String token = DirectoryFixture.token();
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef paired = fixture.enterprise("企业" + token + "甲");
		EnterpriseRef unpaired = fixture.enterprise("企业" + token + "乙");
		pairing.pair(paired.id(), cadre.id(), "admin", null);

		mvc.perform(get("/pairings").param("q", token).param("unpaired", "true").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unpaired.name())))
			.andExpect(content().string(not(containsString(paired.name()))));
		mvc.perform(get("/pairings").param("cadre", String.valueOf(cadre.id())).header("HX-Request", "true")
			.with(as(ADMIN)))
			.andExpect(view().name("directory/pairings :: results"))
			.andExpect(content().string(containsString(paired.name())));
	}

	@Test
	void theCadreSearchOffersActiveCadresOnly() throws Exception {
		String token = DirectoryFixture.token();
		DepartmentRef department = fixture.department("测试局" + token, true);
		CadreRef active = fixture.cadre(department);
		CadreRef inactive = fixture.cadre(department, "停用" + DirectoryFixture.token(), false);

		mvc.perform(get("/pairings/cadres").param("cadreQ", token).header("HX-Request", "true").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/pairing :: candidates"))
			.andExpect(content().string(containsString("value=\"" + active.id() + "\"")))
			.andExpect(content().string(not(containsString(inactive.name()))));
	}

	@Test
	void reassigningRedirectsWithAMessageAndShowsTheHistory() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef first = fixture.cadre(department);
		CadreRef second = fixture.cadre(department);
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());
		pairing.pair(enterprise.id(), first.id(), "admin", null);

		mvc.perform(post("/pairings/{id}", enterprise.id()).with(as(ADMIN)).with(csrf())
			.param("cadreId", String.valueOf(second.id()))
			.param("reason", "干部调岗"))
			.andExpect(redirectedUrl("/pairings/" + enterprise.id()))
			.andExpect(flash().attribute("message", "pairing.done"));
		mvc.perform(post("/pairings/{id}", enterprise.id()).with(as(ADMIN)).with(csrf())
			.param("cadreId", String.valueOf(second.id())))
			.andExpect(flash().attribute("message", "pairing.unchanged"));

		mvc.perform(get("/pairings/{id}", enterprise.id()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.name())))
			.andExpect(content().string(containsString(second.name())))
			.andExpect(content().string(containsString("干部调岗")));
	}

	@Test
	void reassigningWithoutACadreOrToAnInactiveOneShowsTheError() throws Exception {
		DepartmentRef department = fixture.department();
		CadreRef inactive = fixture.cadre(department, "停用" + DirectoryFixture.token(), false);
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		mvc.perform(post("/pairings/{id}", enterprise.id()).with(as(ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("pairing", "cadreId"))
			.andExpect(content().string(containsString("请选择一位联企干部")));
		mvc.perform(post("/pairings/{id}", enterprise.id()).with(as(ADMIN)).with(csrf())
			.param("cadreId", String.valueOf(inactive.id())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("pairing", "cadreId", "pairing.cadre.inactive"))
			.andExpect(content().string(containsString(inactive.name())));
	}

	@Test
	void bulkPairingShowsTheCountBeforeApplying() throws Exception {
		String token = DirectoryFixture.token();
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef one = fixture.enterprise("企业" + token + "甲");
		EnterpriseRef two = fixture.enterprise("企业" + token + "乙");

		mvc.perform(get("/pairings/bulk").param("q", token).param("cadreQ", cadre.name()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("matching", 2L))
			.andExpect(content().string(containsString("符合条件的企业共 2 家")))
			.andExpect(content().string(containsString("value=\"" + cadre.id() + "\"")));
		assertThat(directory.enterprise(one.id()).orElseThrow().cadreId()).isNull();

		mvc.perform(post("/pairings/bulk").with(as(ADMIN)).with(csrf())
			.param("q", token)
			.param("cadreId", String.valueOf(cadre.id()))
			.param("expected", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/pairings?q=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)))
			.andExpect(flash().attribute("message", "pairing.bulk.done"));
		assertThat(directory.enterprise(one.id()).orElseThrow().cadreId()).isEqualTo(cadre.id());
		assertThat(directory.enterprise(two.id()).orElseThrow().cadreId()).isEqualTo(cadre.id());
	}

	@Test
	void bulkPairingAsksAgainWhenTheNumberOfMatchesChanged() throws Exception {
		String token = DirectoryFixture.token();
		CadreRef cadre = fixture.cadre(fixture.department());
		EnterpriseRef one = fixture.enterprise("企业" + token + "甲");
		fixture.enterprise("企业" + token + "乙");

		mvc.perform(post("/pairings/bulk").with(as(ADMIN)).with(csrf())
			.param("q", token)
			.param("cadreId", String.valueOf(cadre.id()))
			.param("expected", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/pairing-bulk"))
			.andExpect(content().string(containsString("符合条件的企业数现为 2 家")));
		assertThat(directory.enterprise(one.id()).orElseThrow().cadreId()).isNull();
	}

	@Test
	void onlyTheServiceCentreOpensThePairingScreens() throws Exception {
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());
		DepartmentRef department = fixture.department();

		mvc.perform(get("/pairings").with(as(Viewer.department("h", department.id())))).andExpect(status().isForbidden());
		mvc.perform(get("/pairings/{id}", enterprise.id()).with(as(Viewer.cadre("c", 1)))).andExpect(status().isForbidden());
		mvc.perform(get("/pairings/cadres").param("cadreQ", "王").with(as(Viewer.enterprise("e", enterprise.id()))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/pairings/bulk").with(as(Viewer.department("h", department.id()))).with(csrf())
			.param("cadreId", "1").param("expected", "0"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theEnterprisePageLinksAdminsToThePairingScreen() throws Exception {
		EnterpriseRef enterprise = fixture.enterprise("企业" + DirectoryFixture.token());

		mvc.perform(get("/enterprises/{id}", enterprise.id()).with(as(ADMIN)))
			.andExpect(content().string(containsString("/pairings/" + enterprise.id())));
		mvc.perform(get("/pairings/{id}", enterprise.id()).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(enterprise.uscc())));
	}

}
