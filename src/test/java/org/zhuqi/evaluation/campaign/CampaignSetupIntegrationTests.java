package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.audit.AuditEntry;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerEntry;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class CampaignSetupIntegrationTests {

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	Ledger ledger;

	@Autowired
	AuditLog audit;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EvaluationFixture fixture;

	long first;

	long second;

	long online;

	@BeforeEach
	void setUp() {
		fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		first = fixture.department("区市场监管局");
		second = fixture.department("区人力社保局");
		online = fixture.department("区税务局");
	}

	@Test
	void letsOnlyTheServiceCentreSetUpACampaign() {
		CampaignForm form = fixture.form("越权评议", List.of(first), List.of());
		for (Viewer other : List.of(Viewer.department("dept", first), Viewer.enterprise("ent", 1L), Viewer.cadre("cadre", 1L))) {
			assertThatThrownBy(() -> setup.create(form, other)).isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void refusesWeightsThatDoNotAddUpToOneHundredWithAClearMessageInBothLanguages() {
		CampaignForm form = fixture.form("权重不对", List.of(first), List.of());
		form.getDimensions().get(3).setWeight(new BigDecimal("10"));
		assertThatThrownBy(() -> setup.create(form, CENTRE)).isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
			assertThat(ex.field()).isEqualTo("dimensions");
			assertThat(messages.getMessage(ex.code(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
				.isEqualTo("各维度权重之和必须为 100%，现为 90%。");
			assertThat(messages.getMessage(ex.code(), ex.arguments(), Locale.ENGLISH))
				.isEqualTo("The weights must add up to 100%; they add up to 90%.");
		});
	}

	@Test
	void namesTheFormRowOfABadDimensionAndIgnoresBlankRows() {
		CampaignForm form = fixture.form("空行", List.of(first), List.of());
		List<DimensionForm> rows = new ArrayList<>(form.getDimensions());
		rows.add(1, new DimensionForm(" ", null, null));
		rows.get(2).setWeight(new BigDecimal("30.005"));
		form.setDimensions(rows);
		assertThatThrownBy(() -> setup.create(form, CENTRE)).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.field()).isEqualTo("dimensions[2].weight"));
	}

	@Test
	void refusesAnUnknownOrInactiveDepartment() {
		jdbc.sql("update department set active = false where id = :id").param("id", second).update();
		assertThatThrownBy(() -> setup.create(fixture.form("停用单位", List.of(first), List.of(second)), CENTRE))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("onlineDepartmentIds"));
		assertThatThrownBy(() -> setup.create(fixture.form("未知单位", List.of(-1L), List.of()), CENTRE))
			.isInstanceOfSatisfying(RejectedFieldException.class,
					ex -> assertThat(ex.field()).isEqualTo("liveDepartmentIds"));
	}

	@Test
	void revisesADraftAgainstItsVersionAndAuditsEachChange() {
		Campaign campaign = fixture.draft(List.of(first, second), List.of(online));
		CampaignForm form = CampaignForm.of(campaign, clock.getZone());
		assertThat(form.getDimensions()).extracting(DimensionForm::getWeight)
			.containsExactly(new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("20.00"), new BigDecimal("20.00"));
		form.setLiveDepartmentIds(List.of(second, first));
		Campaign revised = setup.revise(campaign.getId(), form, CENTRE);
		assertThat(revised.liveDepartmentIds()).containsExactly(second, first);
		assertThat(setup.get(campaign.getId(), CENTRE).liveDepartmentIds()).containsExactly(second, first);

		form.setName("改名");
		assertThatThrownBy(() -> setup.revise(campaign.getId(), form, CENTRE))
			.as("the form still carries the version before the first revision")
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(audit.history(CampaignSetup.AUDIT_TYPE, campaign.getId(), 5)).extracting(AuditEntry::action)
			.containsExactly("updated", "created");
	}

	@Test
	void opensWithItsRulesAsEntryZeroOfTheLedgerAndFreezesThem() {
		Campaign campaign = fixture.draft(List.of(second, first), List.of(online));
		Campaign opened = fixture.open(campaign);
		assertThat(opened.getStatus()).isEqualTo(CampaignStatus.OPEN);
		List<LedgerEntry> entries = ledger.entries(campaign.getId());
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).line()).startsWith("ZQ1|" + campaign.getId() + "|0|OPEN|TEN_POINT|5.00|"
				+ "30.00,30.00,20.00,20.00|" + second + "," + first + "|" + online + "|");
		assertThat(ledger.verify(campaign.getId()).intact()).isTrue();

		CampaignForm form = CampaignForm.of(opened, clock.getZone());
		assertThatThrownBy(() -> setup.revise(campaign.getId(), form, CENTRE)).isInstanceOfSatisfying(
				RefusedActionException.class, ex -> assertThat(ex.code()).isEqualTo("evaluation.campaign.notDraft"));
		assertThatThrownBy(() -> setup.open(campaign.getId(), null, CENTRE)).isInstanceOf(RefusedActionException.class);
		assertThat(fixture.close(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.CLOSED);
		assertThat(audit.history(CampaignSetup.AUDIT_TYPE, campaign.getId(), 5)).extracting(AuditEntry::action)
			.containsExactly("closed", "opened", "created");
	}

	@Test
	void refusesToCloseADraft() {
		Campaign campaign = fixture.draft(List.of(first), List.of());
		assertThatThrownBy(() -> fixture.close(campaign.getId())).isInstanceOfSatisfying(RefusedActionException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.campaign.notOpen"));
	}

}
