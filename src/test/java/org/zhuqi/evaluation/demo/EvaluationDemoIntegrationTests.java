package org.zhuqi.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.result.CampaignResults;
import org.zhuqi.evaluation.result.Results;
import org.zhuqi.shared.Viewer;

/** The demo campaigns come out of the module's own operations (the test profile seeds a 40-voter roll). */
@SpringBootTest
@ActiveProfiles("test")
class EvaluationDemoIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	Results results;

	@Value("${zhuqi.demo.evaluation-voters}")
	int voters;

	record Row(long id, String periodLabel, String status, Instant openedAt) {
	}

	private List<Row> demoCampaigns() {
		return jdbc.sql("select id, period_label, status, opened_at from evaluation_campaign where name = :name order by id")
			.param("name", EvaluationDemoSeeder.FIRST_NAME)
			.query(Row.class)
			.list();
	}

	@Test
	void holdsTheFirstHalfYearExamAtItsDatesWithAnIntactLedger() {
		Row first = demoCampaigns().get(0);
		assertThat(first.periodLabel()).isEqualTo("2026 上半年");
		assertThat(first.status()).isEqualTo(CampaignStatus.PUBLISHED.name());
		assertThat(first.openedAt()).isEqualTo(Instant.parse("2026-07-10T00:30:00Z"));
		long closedRounds = jdbc.sql("""
				select count(*) from evaluation_live_round r join evaluation_live_session s on s.id = r.session_id
				where s.campaign_id = :id and r.closed_at is not null""").param("id", first.id()).query(Long.class).single();
		assertThat(closedRounds).isEqualTo(EvaluationDemoSeeder.LIVE.size());
		long ballots = jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :id")
			.param("id", first.id())
			.query(Long.class)
			.single();
		assertThat(ledger.verify(first.id()).intact()).isTrue();
		assertThat(ledger.head(first.id()).orElseThrow().seq()).isEqualTo(ballots);
		CampaignResults figures = results.of(first.id(), Viewer.admin("admin"));
		assertThat(figures.eligibleVoters()).isEqualTo(voters);
		assertThat(figures.ballots()).isEqualTo((int) ballots);
		assertThat(figures.all()).hasSize(72);
		assertThat(figures.live()).hasSize(EvaluationDemoSeeder.LIVE.size());
	}

	@Test
	void leavesTheSecondCampaignOpenForALiveSession() {
		Row second = demoCampaigns().get(1);
		assertThat(second.periodLabel()).isEqualTo("2026 下半年");
		assertThat(second.status()).isEqualTo(CampaignStatus.OPEN.name());
		assertThat(jdbc.sql("select count(*) from evaluation_voter where campaign_id = :id and credential_hash is not null")
			.param("id", second.id())
			.query(Long.class)
			.single()).isEqualTo((long) voters);
		assertThat(jdbc.sql("select count(*) from evaluation_live_session where campaign_id = :id")
			.param("id", second.id())
			.query(Long.class)
			.single()).isZero();
	}

}
