package org.zhuqi.demand.problem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemandApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long enterprise;

	long otherEnterprise;

	long cadre;

	long department;

	long otherDepartment;

	@BeforeEach
	void setUp() {
		TestDirectory directory = new TestDirectory(jdbc);
		department = directory.department("区诉求测试局");
		otherDepartment = directory.department("区旁观局");
		cadre = directory.cadre("诉求干部", department);
		enterprise = directory.enterprise("诉求测试企业");
		otherEnterprise = directory.enterprise("另一家企业");
		directory.pair(enterprise, cadre);
	}

	private long file(Viewer viewer) throws Exception {
		String body = mvc.perform(post("/api/v1/demands").with(as(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"enterpriseId": %d, "categoryCode": "SPACE", "title": "厂房屋顶漏水",
					 "description": "二号厂房屋顶漏水，影响生产", "urgency": "URGENT"}""".formatted(enterprise)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("SUBMITTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions act(long id, String action, Viewer viewer, String body) throws Exception {
		return mvc.perform(post("/api/v1/demands/{id}/{action}", id, action).with(as(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void runsAProblemFromFilingThroughRectificationToClosure() throws Exception {
		Viewer ent = Viewer.enterprise("ent-flow", enterprise);
		Viewer admin = Viewer.admin("admin");
		Viewer dept = Viewer.department("dept-flow", department);
		long id = file(ent);

		act(id, "assign", admin, "{\"leadDepartmentId\": %d, \"note\": \"请尽快处理\"}".formatted(department))
			.andExpect(jsonPath("$.state").value("ASSIGNED"))
			.andExpect(jsonPath("$.acceptDueAt").exists());
		act(id, "accept", dept, "{}").andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		act(id, "progress", dept, "{\"note\": \"已联系物业\"}").andExpect(jsonPath("$.state").value("IN_PROGRESS"));
		act(id, "resolve", dept, "{\"note\": \"屋顶已修缮\"}").andExpect(jsonPath("$.state").value("RESOLVED"));
		act(id, "rate", ent, "{\"level\": \"DISSATISFIED\", \"note\": \"仍然漏水\"}")
			.andExpect(jsonPath("$.state").value("RECTIFYING"))
			.andExpect(jsonPath("$.followUpDueAt").exists());
		act(id, "follow-up", dept, "{\"note\": \"已上门回访\"}").andExpect(jsonPath("$.state").value("RECTIFYING"));
		act(id, "resolve", dept, "{\"note\": \"更换防水层\"}").andExpect(jsonPath("$.state").value("RESOLVED"));
		act(id, "rate", ent, "{\"level\": \"SATISFIED\"}").andExpect(jsonPath("$.state").value("RATED"));
		act(id, "close", admin, "{}").andExpect(jsonPath("$.state").value("CLOSED"));

		mvc.perform(get("/api/v1/demands/{id}", id).with(as(ent)))
			.andExpect(jsonPath("$.timeline.length()").value(10))
			.andExpect(jsonPath("$.timeline[0].action").value("FILE"))
			.andExpect(jsonPath("$.timeline[4].note").value("屋顶已修缮"))
			.andExpect(jsonPath("$.firstRating").value("DISSATISFIED"));
	}

	@Test
	void refusesAnIllegalTransitionWithAClearMessage() throws Exception {
		long id = file(Viewer.enterprise("ent-illegal", enterprise));
		act(id, "resolve", Viewer.admin("admin"), "{\"note\": \"x\"}").andExpect(status().isForbidden());
		act(id, "close", Viewer.admin("admin"), "{}").andExpect(status().isOk());
		act(id, "assign", Viewer.admin("admin"), "{\"leadDepartmentId\": %d}".formatted(department))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("已关闭")));
	}

	@Test
	void keepsEnterprisesDepartmentsAndCadresToTheirOwnProblems() throws Exception {
		long id = file(Viewer.cadre("cadre-scope", cadre));
		act(id, "assign", Viewer.admin("admin"), "{\"leadDepartmentId\": %d}".formatted(department));

		mvc.perform(get("/api/v1/demands/{id}", id).with(as(Viewer.enterprise("intruder", otherEnterprise))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/demands/{id}", id).with(as(Viewer.department("bystander", otherDepartment))))
			.andExpect(status().isNotFound());
		act(id, "accept", Viewer.department("bystander", otherDepartment), "{}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/demands/{id}", id).with(as(Viewer.cadre("other-cadre", cadre + 100_000))))
			.andExpect(status().isNotFound());
		act(id, "rate", Viewer.department("dept-scope", department), "{\"level\": \"SATISFIED\"}")
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/demands").with(as(Viewer.enterprise("intruder", otherEnterprise))))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/demands").param("department", String.valueOf(department))
			.with(as(Viewer.department("dept-scope", department))))
			.andExpect(jsonPath("$.content[*].id").value(hasItem((int) id)));
	}

	@Test
	void refusesACadreFilingForAnEnterpriseItIsNotPairedWith() throws Exception {
		mvc.perform(post("/api/v1/demands").with(as(Viewer.cadre("cadre-other", cadre)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"enterpriseId": %d, "categoryCode": "SPACE", "title": "t", "description": "d", "urgency": "NORMAL"}"""
				.formatted(otherEnterprise)))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAStaleVersion() throws Exception {
		long id = file(Viewer.enterprise("ent-stale", enterprise));
		act(id, "remind", Viewer.admin("admin"), "{}").andExpect(status().isConflict());
		mvc.perform(post("/api/v1/demands/{id}/assign", id).param("version", "0").with(as(Viewer.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadDepartmentId\": %d}".formatted(department))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/demands/{id}/assign", id).param("version", "0").with(as(Viewer.admin("admin")))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadDepartmentId\": %d}".formatted(otherDepartment))).andExpect(status().isConflict());
	}

	@Test
	void rejectsAnUnknownCategoryNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/demands").with(as(Viewer.enterprise("ent-cat", enterprise)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\": \"NOPE\", \"title\": \"t\", \"description\": \"d\", \"urgency\": \"NORMAL\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("categoryCode"));
	}

}
