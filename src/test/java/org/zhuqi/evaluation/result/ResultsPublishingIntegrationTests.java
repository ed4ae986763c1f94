package org.zhuqi.evaluation.result;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.ballot.BallotBox;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.CampaignStatus;
import org.zhuqi.evaluation.campaign.Campaigns;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.live.LiveHost;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class ResultsPublishingIntegrationTests {

	@Autowired
	ResultsPublisher publisher;

	@Autowired
	PublishedResults published;

	@Autowired
	Results results;

	@Autowired
	ResultPages pages;

	@Autowired
	Campaigns campaigns;

	@Autowired
	BallotBox box;

	@Autowired
	CampaignSetup setup;

	@Autowired
	VoterRoll roll;

	@Autowired
	LiveHost host;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private ResultsScenario scenario() {
		return ResultsScenario.closed(new EvaluationFixture(jdbc, setup, roll, clock), box, host);
	}

	@Test
	void publishingFreezesTheResultsWithTheLedgerHeadEvenWhenADepartmentIsRenamedLater() {
		ResultsScenario s = scenario();
		publisher.publish(s.campaignId(), null, CENTRE);

		PublishedSnapshot snapshot = published.of(s.campaignId()).orElseThrow();
		assertThat(snapshot.rows()).hasSize(3);
		assertThat(snapshot.ballots()).isEqualTo(6);
		assertThat(snapshot.eligibleVoters()).isEqualTo(3);
		assertThat(snapshot.ledgerSeq()).isEqualTo(6);
		assertThat(snapshot.ledgerHash()).isEqualTo(ledger.head(s.campaignId()).orElseThrow().hash());
		assertThat(snapshot.live()).singleElement().satisfies(row -> {
			assertThat(row.trimmed()).hasToString("8.7500");
			assertThat(row.groupRank()).isEqualTo(1);
			assertThat(row.overallRank()).isEqualTo(1);
			assertThat(row.participation()).hasToString("0.6667");
		});
		assertThat(snapshot.online()).extracting(ResultRow::departmentId).containsExactly(s.other(), s.online());
		assertThat(snapshot.all()).extracting(ResultRow::overallRank).containsExactly(1, 2, 3);
		String shownName = snapshot.live().get(0).name();
		assertThat(campaigns.findById(s.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.PUBLISHED);

		jdbc.sql("update department set name = :name where id = :id").param("name", "改名后的局" + s.live())
			.param("id", s.live()).update();

		assertThat(results.of(s.campaignId(), CENTRE).live().get(0).name()).isEqualTo("改名后的局" + s.live());
		assertThat(published.of(s.campaignId()).orElseThrow().rows()).isEqualTo(snapshot.rows());
		assertThat(pages.sheet(s.campaignId(), CENTRE).live().get(0).name()).isEqualTo(shownName);
		assertThat(pages.department(s.campaignId(), s.live(), CENTRE).row().name()).isEqualTo(shownName);
	}

	@Test
	void publishedDistributionsAndCommentsCarryNoVoter() {
		ResultsScenario s = scenario();
		publisher.publish(s.campaignId(), null, CENTRE);

		DepartmentSheet online = pages.department(s.campaignId(), s.online(), CENTRE);
		assertThat(online.sheet().published()).isTrue();
		assertThat(online.distributions()).hasSize(4);
		assertThat(online.distributions().get(0).counts()).containsExactly(0, 0, 1, 0, 1, 0, 0, 1, 0, 0);
		assertThat(online.comments()).extracting(Remark::comment).containsExactly(ResultsScenario.LOW_COMMENT);
		assertThat(online.comments().get(0).low()).isTrue();
		assertThat(online.lowWithoutComment()).extracting(Remark::score).extracting(Object::toString)
			.containsExactly("3.0000");
		assertThat(online.bottomLimit()).hasToString("6.00");
	}

	@Test
	void unpublishingNeedsAReasonWithdrawsTheSnapshotAndKeepsItAsHistory() {
		ResultsScenario s = scenario();
		publisher.publish(s.campaignId(), null, CENTRE);
		int version = campaigns.findById(s.campaignId()).orElseThrow().getVersion();

		assertThatThrownBy(() -> publisher.unpublish(s.campaignId(), version, "  ", CENTRE))
			.isInstanceOf(RejectedFieldException.class);
		publisher.unpublish(s.campaignId(), version, "排名有误，复核后重新发布", CENTRE);

		assertThat(published.of(s.campaignId())).isEmpty();
		assertThat(campaigns.findById(s.campaignId()).orElseThrow().getStatus()).isEqualTo(CampaignStatus.CLOSED);
		assertThat(jdbc.sql("select withdrawal_reason from evaluation_publication where campaign_id = :c")
			.param("c", s.campaignId()).query(String.class).list()).containsExactly("排名有误，复核后重新发布");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where subject_type = 'evaluation-campaign' and subject_id = :c
				    and action in ('published', 'unpublished')""")
			.param("c", s.campaignId()).query(Integer.class).single()).isEqualTo(2);
		assertThat(pages.sheet(s.campaignId(), CENTRE).published()).isFalse();

		publisher.publish(s.campaignId(), null, CENTRE);
		assertThat(published.of(s.campaignId())).isPresent();
		assertThat(jdbc.sql("select count(*) from evaluation_publication where campaign_id = :c")
			.param("c", s.campaignId()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void refusesToPublishTwiceOrAStaleVersion() {
		ResultsScenario s = scenario();
		int stale = campaigns.findById(s.campaignId()).orElseThrow().getVersion() - 1;
		assertThatThrownBy(() -> publisher.publish(s.campaignId(), stale, CENTRE))
			.isInstanceOf(OptimisticLockingFailureException.class);
		publisher.publish(s.campaignId(), null, CENTRE);
		assertThatThrownBy(() -> publisher.publish(s.campaignId(), null, CENTRE))
			.isInstanceOf(RefusedActionException.class);
		assertThat(jdbc.sql("select count(*) from evaluation_publication where campaign_id = :c")
			.param("c", s.campaignId()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aDepartmentListsOnlyPublishedCampaignsItWasRatedIn() {
		ResultsScenario s = scenario();
		Viewer department = Viewer.department("dept-" + s.online(), s.online());
		assertThat(pages.mine(department)).isEmpty();
		publisher.publish(s.campaignId(), null, CENTRE);
		assertThat(pages.mine(department)).extracting(PublishedCampaign::campaignId).containsExactly(s.campaignId());
	}

}
