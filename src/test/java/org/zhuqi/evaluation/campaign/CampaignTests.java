package org.zhuqi.evaluation.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhuqi.evaluation.scoring.Aggregation;
import org.zhuqi.evaluation.scoring.Dimension;
import org.zhuqi.evaluation.scoring.Rubric;
import org.zhuqi.evaluation.scoring.Scale;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTests {

	static final Instant OPENS = Instant.parse("2026-06-30T01:00:00Z");

	static final Instant CLOSES = Instant.parse("2026-07-10T10:00:00Z");

	static final Rubric RUBRIC = new Rubric(Scale.TEN_POINT, List.of(new Dimension("服务态度", "Service", new BigDecimal("60")),
			new Dimension("办事效率", "Efficiency", new BigDecimal("40"))));

	@Test
	void numbersTheLiveGroupInTheOrderOfReportsAndKeepsEachDepartmentOnce() {
		Campaign campaign = draft(List.of(30L, 10L, 20L), List.of(40L));
		assertThat(campaign.liveDepartmentIds()).containsExactly(30L, 10L, 20L);
		assertThat(campaign.department(10L)).contains(new CampaignDepartment(10L, DepartmentGroup.LIVE, 2));
		assertThat(campaign.department(40L)).contains(new CampaignDepartment(40L, DepartmentGroup.ONLINE, 1));
		assertThatThrownBy(() -> draft(List.of(30L), List.of(30L))).isInstanceOfSatisfying(RejectedFieldException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.departments.duplicate"));
	}

	@Test
	void needsANameAPeriodAndAWindowThatClosesAfterItOpens() {
		assertThatThrownBy(() -> Campaign.draft(details(" ", List.of(1L), List.of(), OPENS, CLOSES), "admin", OPENS))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> Campaign.draft(details("评议", List.of(1L), List.of(), CLOSES, OPENS), "admin", OPENS))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.field()).isEqualTo("closesAt");
				assertThat(ex.code()).isEqualTo("evaluation.window.order");
			});
	}

	@Test
	void revisesOnlyADraftAndNamesWhatChanged() {
		Campaign campaign = draft(List.of(1L, 2L), List.of(3L));
		assertThat(campaign.revise(details("2026 上半年评议", List.of(1L, 2L), List.of(3L), OPENS, CLOSES), OPENS)).isEmpty();
		assertThat(campaign.revise(details("2026 上半年评议", List.of(2L, 1L), List.of(3L), OPENS, CLOSES), OPENS))
			.containsExactly("departments");
		campaign.open(OPENS);
		assertThatThrownBy(() -> campaign.revise(details("改名", List.of(1L), List.of(), OPENS, CLOSES), OPENS))
			.isInstanceOfSatisfying(RefusedActionException.class,
					ex -> assertThat(ex.code()).isEqualTo("evaluation.campaign.notDraft"));
	}

	@Test
	void movesFromDraftToOpenToClosedToPublishedAndBack() {
		Campaign campaign = draft(List.of(1L), List.of());
		assertThatThrownBy(() -> campaign.close(OPENS)).isInstanceOf(RefusedActionException.class);
		campaign.open(OPENS.minusSeconds(3600));
		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.OPEN);
		assertThatThrownBy(() -> campaign.publish(OPENS)).isInstanceOf(RefusedActionException.class);
		campaign.close(OPENS);
		assertThat(campaign.getClosedAt()).isEqualTo(OPENS);
		campaign.publish(OPENS);
		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PUBLISHED);
		campaign.unpublish(OPENS);
		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.CLOSED);
		assertThatThrownBy(() -> campaign.open(OPENS)).isInstanceOf(RefusedActionException.class);
	}

	@Test
	void opensOnlyWithDepartmentsAndBeforeTheWindowEnds() {
		assertThatThrownBy(() -> draft(List.of(), List.of()).open(OPENS)).isInstanceOfSatisfying(
				RefusedActionException.class, ex -> assertThat(ex.code()).isEqualTo("evaluation.campaign.open.noDepartments"));
		assertThatThrownBy(() -> draft(List.of(1L), List.of()).open(CLOSES)).isInstanceOfSatisfying(
				RefusedActionException.class, ex -> assertThat(ex.code()).isEqualTo("evaluation.campaign.open.windowOver"));
	}

	@Test
	void takesBallotsOnlyWhileOpenFromTheStartOfTheWindowUntilJustBeforeItsEnd() {
		Campaign campaign = draft(List.of(1L), List.of());
		assertThat(campaign.votingAt(OPENS)).isEqualTo(VotingState.NOT_YET_OPEN);
		campaign.open(OPENS.minusSeconds(60));
		assertThat(campaign.votingAt(OPENS.minusMillis(1))).isEqualTo(VotingState.NOT_YET_OPEN);
		assertThat(campaign.votingAt(OPENS)).isEqualTo(VotingState.OPEN);
		assertThat(campaign.votingAt(CLOSES.minusMillis(1))).isEqualTo(VotingState.OPEN);
		assertThat(campaign.votingAt(CLOSES)).isEqualTo(VotingState.CLOSED);
		campaign.close(OPENS.plusSeconds(60));
		assertThat(campaign.votingAt(OPENS.plusSeconds(120))).isEqualTo(VotingState.CLOSED);
	}

	@Test
	void recordsItsRulesForTheLedger() {
		Campaign campaign = draft(List.of(30L, 10L), List.of(50L, 40L));
		assertThat(campaign.ledgerOpening().weights()).containsExactly(new BigDecimal("60.00"), new BigDecimal("40.00"));
		assertThat(campaign.ledgerOpening().live()).containsExactly(30L, 10L);
		assertThat(campaign.ledgerOpening().online()).containsExactly(50L, 40L);
		assertThat(campaign.ledgerOpening().trimPercent()).isEqualByComparingTo("5");
	}

	static Campaign draft(List<Long> live, List<Long> online) {
		return Campaign.draft(details("2026 上半年评议", live, online, OPENS, CLOSES), "admin", OPENS);
	}

	static CampaignDetails details(String name, List<Long> live, List<Long> online, Instant opens, Instant closes) {
		return new CampaignDetails(name, "2026 上半年", RUBRIC, new Aggregation(new BigDecimal("5")), opens, closes, live,
				online);
	}

}
