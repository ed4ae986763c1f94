package org.zhuqi.policy.rule;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.policy.catalogue.Figure;
import org.zhuqi.policy.catalogue.PolicyLookup;
import org.zhuqi.policy.catalogue.PolicyPublished;
import org.zhuqi.policy.grant.GrantSource;
import org.zhuqi.policy.grant.Grants;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhuqi.account.TestViewers.as;

/**
 * Eligibility rules over the real directory and database: the editor's preview counts what the evaluator
 * admits, the matched list and its export, who may see what (an enterprise only its own 政策体检, a department
 * only its own policies' matches, a cadre only its paired enterprises), notices on publication, and 免申即享
 * confirmation making grants exactly once with exclusions honoured.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PolicyRuleIntegrationTests {

	private static final Viewer ADMIN = Viewer.admin("admin");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Eligibility eligibility;

	@Autowired
	DeclaredFigures figures;

	@Autowired
	NoApplication noApplication;

	@Autowired
	Grants grants;

	@Autowired
	PolicyLookup lookup;

	@Autowired
	RulePanel panel;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestDirectory directory;

	TestPolicies policies;

	String token;

	long department;

	@BeforeEach
	void setUp() {
		directory = new TestDirectory(jdbc);
		policies = new TestPolicies(jdbc);
		token = "规" + UUID.randomUUID().toString().substring(0, 8);
		department = directory.department("区规则测试局");
	}

	@Test
	void thePreviewCountsWhatTheEvaluatorAdmitsOverTheWholeDirectory() throws Exception {
		long policy = policies.draft("预览测试政策" + token, department, null);
		long expected = jdbc.sql("""
				select count(*) from enterprise where size_class in ('SMALL', 'MICRO') and registered_capital >= 500000""")
			.query(Long.class)
			.single();
		Rule rule = RuleGroup.all(RuleCondition.of(RuleAttribute.SIZE, RuleOperator.IN, "SMALL", "MICRO"),
				RuleCondition.of(RuleAttribute.REGISTERED_CAPITAL, RuleOperator.GE, "500000"));
		assertThat(expected).isPositive();
		assertThat(eligibility.count(rule)).isEqualTo(expected);

		mvc.perform(post("/policies/{id}/rule/edit", policy).with(as(ADMIN)).with(csrf())
			.header("HX-Request", "true")
			.param("junction", "ALL")
			.param("lines[0].level", "0")
			.param("lines[0].group", "false")
			.param("lines[0].attribute", "SIZE")
			.param("lines[0].operator", "IN")
			.param("lines[0].chosen", "SMALL", "MICRO")
			.param("lines[1].level", "0")
			.param("lines[1].group", "false")
			.param("lines[1].attribute", "REGISTERED_CAPITAL")
			.param("lines[1].operator", "GE")
			.param("lines[1].value", "500000")
			.param("action", "refresh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("名录中有 "
					+ NumberFormat.getIntegerInstance(Locale.SIMPLIFIED_CHINESE).format(expected)
					+ " 家企业符合条件")));
	}

	@Test
	void theCentreSavesARuleFromTheEditorAndOthersMayNotEditIt() throws Exception {
		long policy = policies.draft("编辑测试政策" + token, department, null);
		mvc.perform(post("/policies/{id}/rule", policy).with(as(ADMIN)).with(csrf())
			.param("junction", "ANY")
			.param("version", "0")
			.param("lines[0].level", "0")
			.param("lines[0].group", "false")
			.param("lines[0].attribute", "FIGURE.RD_SPEND")
			.param("lines[0].operator", "BETWEEN")
			.param("lines[0].value", "100000")
			.param("lines[0].upper", "900000")
			.param("lines[1].level", "0")
			.param("lines[1].group", "true")
			.param("lines[1].junction", "ALL")
			.param("lines[2].level", "1")
			.param("lines[2].group", "false")
			.param("lines[2].attribute", "STREET")
			.param("lines[2].operator", "IN")
			.param("lines[2].chosen", "XIXI"))
			.andExpect(redirectedUrl("/policies/" + policy + "/rule"));
		String stored = jdbc.sql("select rule from policy where id = :id").param("id", policy).query(String.class).single();
		assertThat(stored).isEqualTo("{\"any\":[{\"attribute\":\"FIGURE\",\"figure\":\"RD_SPEND\",\"operator\":\"BETWEEN\","
				+ "\"values\":[\"100000\",\"900000\"]},{\"all\":[{\"attribute\":\"STREET\",\"operator\":\"IN\",\"values\":[\"XIXI\"]}]}]}");
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'policy' and subject_id = :id and action = 'rule-changed'")
			.param("id", policy).query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/policies/{id}/rule", policy).with(as(ADMIN)).with(csrf())
			.param("junction", "ALL").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该记录已被他人修改")));
		mvc.perform(post("/policies/{id}/rule", policy).with(as(ADMIN)).with(csrf())
			.param("junction", "ALL").param("version", "1")
			.param("lines[0].level", "0").param("lines[0].group", "false")
			.param("lines[0].attribute", "REGISTERED_CAPITAL").param("lines[0].operator", "GE").param("lines[0].value", "很多"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是数字：很多")));
		mvc.perform(get("/policies/{id}/rule", policy).with(as(Viewer.department("dept-rule", department))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMatchedListIsSearchableAndExportedForTheIssuingDepartmentOnly() throws Exception {
		long first = tagged("甲匹配企业" + token);
		long second = tagged("乙匹配企业" + token);
		directory.enterprise("不匹配企业" + token);
		long policy = policies.published("匹配测试政策" + token, department, TestPolicies.taggedRule(token));

		mvc.perform(get("/policies/{id}/matches", policy).with(as(Viewer.department("dept-own", department))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲匹配企业" + token)))
			.andExpect(content().string(containsString("乙匹配企业" + token)))
			.andExpect(content().string(not(containsString("不匹配企业" + token))));
		mvc.perform(get("/policies/{id}/matches", policy).param("q", "乙匹配").with(as(ADMIN)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("甲匹配企业" + token))));

		byte[] xlsx = mvc.perform(get("/policies/{id}/matches.xlsx", policy).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.zhuqi.system.XlsxTable.MEDIA_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					names.add(row.getCell(0).getStringCellValue());
				}
			}
		}
		assertThat(names).containsExactlyInAnyOrder("甲匹配企业" + token, "乙匹配企业" + token);
		assertThat(eligibility.matching(lookup.find(policy).orElseThrow()))
			.extracting(EnterpriseProfile::id).containsExactly(first, second);

		long other = directory.department("区其他局");
		mvc.perform(get("/policies/{id}/matches", policy).with(as(Viewer.department("dept-other", other))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/policies/{id}/matches.xlsx", policy).with(as(Viewer.enterprise("ent-m", first))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnCheckupWithTheReasonOfEachCondition() throws Exception {
		long mine = tagged("体检企业" + token);
		long theirs = tagged("他家企业" + token);
		figures.declare(mine, Figure.RD_SPEND, new BigDecimal("123456.00"), "ent-mine");
		figures.declare(theirs, Figure.RD_SPEND, new BigDecimal("987654.00"), "ent-theirs");
		String rule = "{\"all\":[" + TestPolicies.taggedRule(token)
				+ ",{\"attribute\":\"FIGURE\",\"figure\":\"RD_SPEND\",\"operator\":\"GE\",\"values\":[\"200000\"]}"
				+ ",{\"attribute\":\"FIGURE\",\"figure\":\"EXPORTS\",\"operator\":\"GE\",\"values\":[\"1\"]}]}";
		long policy = policies.published("体检测试政策" + token, department, rule);

		mvc.perform(get("/policies/checkup").with(as(Viewer.enterprise("ent-mine", mine))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("体检测试政策" + token)))
			.andExpect(content().string(containsString("/policies/" + policy)))
			.andExpect(content().string(containsString("本企业：123456")))
			.andExpect(content().string(containsString("未申报上年度出口额（元）")))
			.andExpect(content().string(not(containsString("987654"))));
		mvc.perform(get("/policies/checkup").with(as(ADMIN))).andExpect(status().isForbidden());

		mvc.perform(post("/policies/checkup/figures").with(as(Viewer.enterprise("ent-mine", mine))).with(csrf())
			.param("values[RD_SPEND]", "250000").param("values[EXPORTS]", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能为负数")));
		assertThat(figures.of(mine, Figure.RD_SPEND)).contains(new BigDecimal("123456.00"));
		mvc.perform(post("/policies/checkup/figures").with(as(Viewer.enterprise("ent-mine", mine))).with(csrf())
			.param("values[RD_SPEND]", "250000").param("values[EXPORTS]", "10"))
			.andExpect(redirectedUrl("/policies/checkup"));
		assertThat(eligibility.check(policy, mine).matched()).isTrue();
		assertThat(eligibility.check(policy, theirs).matched()).as("no exports declared").isFalse();
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = :type and subject_id = :id")
			.param("type", DeclaredFigures.AUDIT_SUBJECT).param("id", mine).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aCadreSeesOnlyItsPairedEnterprisesThatMatch() throws Exception {
		long cadre = directory.cadre("规则干部", department);
		long paired = tagged("联系企业" + token);
		long unpaired = tagged("别家企业" + token);
		directory.pair(paired, cadre);
		policies.published("干部视图政策" + token, department, TestPolicies.taggedRule(token));

		mvc.perform(get("/policies/cadre-matches").with(as(Viewer.cadre("cadre-rule", cadre))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("干部视图政策" + token)))
			.andExpect(content().string(containsString("联系企业" + token)))
			.andExpect(content().string(not(containsString("别家企业" + token))));
		mvc.perform(get("/policies/cadre-matches").with(as(Viewer.enterprise("ent-c", unpaired))))
			.andExpect(status().isForbidden());
	}

	@Test
	void publicationTellsTheMatchedEnterprisesAndTheirCadre() {
		long cadre = directory.cadre("通知干部", department);
		long first = tagged("通知甲" + token);
		long second = tagged("通知乙" + token);
		long outside = directory.enterprise("通知丙" + token);
		directory.pair(first, cadre);
		directory.pair(second, cadre);
		long policy = policies.published("发布通知政策" + token, department, TestPolicies.taggedRule(token));

		transactions.executeWithoutResult(status -> events.publishEvent(new PolicyPublished(policy)));

		assertThat(awaitNotices("CADRE", cadre, 1)).containsExactly("policy.rule.notice.cadre");
		assertThat(awaitNotices("ENTERPRISE", first, 1)).containsExactly("policy.rule.notice.matched");
		assertThat(awaitNotices("ENTERPRISE", second, 1)).containsExactly("policy.rule.notice.matched");
		assertThat(jdbc.sql("select link from notice where audience_role = 'ENTERPRISE' and audience_id = :id")
			.param("id", first).query(String.class).single()).isEqualTo("/policies/" + policy);
		assertThat(jdbc.sql("select arguments from notice where audience_role = 'CADRE' and audience_id = :id")
			.param("id", cadre).query(String.class).single()).contains("\"2\"");
		assertThat(awaitNotices("ENTERPRISE", outside, 0)).isEmpty();
	}

	@Test
	void confirmingANoApplicationListMakesGrantsOnceAndHonoursExclusions() throws Exception {
		long declared = tagged("免申甲" + token);
		long undeclared = tagged("免申乙" + token);
		long excluded = tagged("免申丙" + token);
		long capped = tagged("免申丁" + token);
		figures.declare(declared, Figure.RD_SPEND, new BigDecimal("123456.78"), "test");
		figures.declare(excluded, Figure.RD_SPEND, new BigDecimal("100000"), "test");
		figures.declare(capped, Figure.RD_SPEND, new BigDecimal("9000000"), "test");
		long policy = policies.noApplication("免申即享政策" + token, department, TestPolicies.taggedRule(token),
				new BigDecimal("10"));

		assertThatThrownBy(() -> noApplication.exclude(policy, excluded, "  ", ADMIN))
			.isInstanceOf(RejectedFieldException.class);
		noApplication.exclude(policy, excluded, "已享受同类政策", ADMIN);
		assertThatThrownBy(() -> noApplication.exclude(policy, excluded, "再次排除", ADMIN))
			.isInstanceOf(RefusedActionException.class);
		noApplication.exclude(policy, capped, "临时排除", ADMIN);
		noApplication.lift(policy, capped, ADMIN);
		assertThatThrownBy(() -> noApplication.confirm(policy, Viewer.department("dept-na", department)))
			.isInstanceOf(AccessDeniedException.class);

		mvc.perform(get("/policies/{id}/no-application", policy).with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12345.68")))
			.andExpect(content().string(containsString("未申报上年度研发费用（元），无法计算金额")))
			.andExpect(content().string(containsString("已享受同类政策")));
		mvc.perform(post("/policies/{id}/no-application/confirm", policy).with(as(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + policy + "/no-application"));

		assertThat(grants.of(policy, declared)).hasValueSatisfying(grant -> {
			assertThat(grant.amount()).isEqualByComparingTo("12345.68");
			assertThat(grant.source()).isEqualTo(GrantSource.NO_APPLICATION);
		});
		assertThat(grants.of(policy, capped)).hasValueSatisfying(grant -> assertThat(grant.amount()).isEqualByComparingTo("50000.00"));
		assertThat(grants.of(policy, undeclared)).isEmpty();
		assertThat(grants.of(policy, excluded)).isEmpty();

		NoApplication.Confirmation again = noApplication.confirm(policy, ADMIN);
		assertThat(again.granted()).isZero();
		assertThat(again.skipped()).isEqualTo(4);
		assertThat(grantCount(policy)).isEqualTo(2);
		assertThatThrownBy(() -> noApplication.lift(policy, excluded, ADMIN)).isInstanceOf(RefusedActionException.class);

		figures.declare(undeclared, Figure.RD_SPEND, new BigDecimal("1000"), "test");
		assertThat(noApplication.confirm(policy, ADMIN).granted()).as("a newcomer after declaring").isEqualTo(1);
		assertThat(grantCount(policy)).isEqualTo(3);
	}

	@Test
	void theDetailPanelShowsTheRuleToAllAndTheRightLinksToEachViewer() {
		long member = tagged("面板企业" + token);
		long stranger = directory.enterprise("面板他企" + token);
		long policy = policies.noApplication("面板政策" + token, department, TestPolicies.taggedRule(token),
				new BigDecimal("5"));
		var ref = lookup.find(policy).orElseThrow();

		RulePanel.View admin = panel.view(ref, ADMIN, java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(admin.words()).extracting(RuleWords.Line::text).containsExactly("企业标签含有以下任一：" + token);
		assertThat(admin.canEdit()).isTrue();
		assertThat(admin.canConfirm()).isTrue();
		assertThat(admin.matched()).isNull();
		RulePanel.View own = panel.view(ref, Viewer.department("dept-panel", department), java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(own.canSeeMatches()).isTrue();
		assertThat(own.canEdit()).isFalse();
		assertThat(panel.view(ref, Viewer.enterprise("ent-p", member), java.util.Locale.SIMPLIFIED_CHINESE).matched()).isTrue();
		RulePanel.View outsider = panel.view(ref, Viewer.enterprise("ent-q", stranger), java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(outsider.matched()).isFalse();
		assertThat(outsider.canSeeMatches()).isFalse();
	}

	private long grantCount(long policy) {
		return jdbc.sql("select count(*) from policy_grant where policy_id = :id").param("id", policy).query(Long.class).single();
	}

	private long tagged(String name) {
		long id = directory.enterprise(name);
		policies.tag(id, token);
		return id;
	}

	/** The message keys of the audience's notices, once at least {@code count} arrived (they come after commit). */
	private List<String> awaitNotices(String role, long boundId, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(count == 0 ? 2 : 20).toNanos();
		List<String> keys;
		do {
			keys = jdbc.sql("select message_key from notice where audience_role = :role and audience_id = :id order by id")
				.param("role", role)
				.param("id", boundId)
				.query(String.class)
				.list();
			if (count > 0 && keys.size() >= count) {
				return keys;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		while (System.nanoTime() < deadline);
		return keys;
	}

}
