package org.zhuqi.evaluation.voter;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.voter.VoterCredentials.Standing;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.EnrolmentResult;
import org.zhuqi.evaluation.voter.VoterRoll.Voter;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

@SpringBootTest
@ActiveProfiles("test")
class VoterRollIntegrationTests {

	@Autowired
	VoterRoll roll;

	@Autowired
	VoterCredentials credentials;

	@Autowired
	VoterKeys keys;

	@Autowired
	CampaignSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	EvaluationFixture fixture;

	Campaign campaign;

	@BeforeEach
	void setUp() {
		fixture = new EvaluationFixture(jdbc, setup, roll, clock);
		campaign = fixture.draft(List.of(fixture.department("区发改局")), List.of());
	}

	@Test
	void enrolsEachEnterpriseOnceAndRefusesOneOutsideTheDirectoryWithoutWritingAnything() {
		long alpha = fixture.enterprise("甲科技有限公司");
		long beta = fixture.enterprise("乙制造有限公司");
		EnrolmentResult first = roll.enrol(campaign.getId(), List.of(new Enrolment(alpha, " 张三 "), new Enrolment(beta, "")),
				CENTRE);
		assertThat(first).isEqualTo(new EnrolmentResult(2, 0));
		assertThat(roll.enrol(campaign.getId(), List.of(new Enrolment(beta, "李四")), CENTRE))
			.isEqualTo(new EnrolmentResult(0, 1));
		long gamma = fixture.enterprise("丙贸易有限公司");
		assertThatThrownBy(() -> roll.enrol(campaign.getId(), List.of(new Enrolment(gamma, null), new Enrolment(-5, null)),
				CENTRE))
			.isInstanceOfSatisfying(RejectedFieldException.class, ex -> {
				assertThat(ex.code()).isEqualTo("evaluation.voter.unknownEnterprise");
				assertThat(ex.arguments()).containsExactly("-5");
			});
		List<Voter> voters = roll.voters(campaign.getId(), CENTRE);
		assertThat(voters).extracting(Voter::enterpriseName).containsExactly("乙制造有限公司", "甲科技有限公司");
		assertThat(voters).extracting(Voter::representativeName).containsExactly(null, "张三");
		assertThat(voters).noneMatch(Voter::eligible);
	}

	@Test
	void issuesEachCredentialOnceAndKeepsOnlyItsHash() {
		List<String> tokens = fixture.voters(campaign.getId(), 3);
		assertThat(tokens).hasSize(3).doesNotHaveDuplicates().allMatch(CredentialTokens::wellFormed);
		assertThat(roll.issueCredentials(campaign.getId(), CENTRE)).as("issued once").isEmpty();
		assertThat(roll.eligibleVoters(campaign.getId())).isEqualTo(3);

		List<Map<String, Object>> rows = jdbc.sql("select * from evaluation_voter where campaign_id = :campaign")
			.param("campaign", campaign.getId())
			.query()
			.listOfRows();
		assertThat(rows).extracting(row -> row.get("credential_hash"))
			.containsExactlyInAnyOrderElementsOf(tokens.stream().map(CredentialTokens::digest).toList());
		for (Map<String, Object> row : rows) {
			for (Object value : row.values()) {
				assertThat(tokens).as("no column holds a token or a voter key")
					.noneMatch(token -> String.valueOf(value).contains(token) || String.valueOf(value).equals(keys.keyOf(token)));
			}
		}
	}

	@Test
	void checksACredentialForItsCampaignOnlyAndRefusesItOnceRevoked() {
		List<String> tokens = fixture.voters(campaign.getId(), 2);
		VoterCredentials.Check valid = credentials.check(campaign.getId(), tokens.get(0));
		assertThat(valid.standing()).isEqualTo(Standing.VALID);
		assertThat(valid.voterKey()).isEqualTo(keys.keyOf(tokens.get(0)));

		Campaign other = fixture.draft(List.of(fixture.department("区教育局")), List.of());
		assertThat(credentials.check(other.getId(), tokens.get(0)).standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(credentials.check(campaign.getId(), "not a token").standing()).isEqualTo(Standing.UNKNOWN);
		assertThat(credentials.check(campaign.getId(), new CredentialTokens(new SecureRandom()).newToken())
			.standing()).isEqualTo(Standing.UNKNOWN);

		long voterId = jdbc.sql("select id from evaluation_voter where credential_hash = :hash")
			.param("hash", CredentialTokens.digest(tokens.get(1)))
			.query(Long.class)
			.single();
		roll.revoke(campaign.getId(), voterId, CENTRE);
		assertThat(credentials.check(campaign.getId(), tokens.get(1))).isEqualTo(new VoterCredentials.Check(Standing.REVOKED, null));
		assertThat(roll.eligibleVoters(campaign.getId())).isEqualTo(1);
	}

	@Test
	void keepsTheRollToTheServiceCentreAndClosesItWithTheCampaign() {
		assertThatThrownBy(() -> roll.voters(campaign.getId(), Viewer.department("dept", 1L)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> roll.issueCredentials(campaign.getId(), Viewer.enterprise("ent", 1L)))
			.isInstanceOf(AccessDeniedException.class);
		fixture.voters(campaign.getId(), 1);
		fixture.open(setup.get(campaign.getId(), CENTRE));
		assertThat(fixture.voters(campaign.getId(), 1)).as("late enrolment while open").hasSize(1);
		fixture.close(campaign.getId());
		assertThatThrownBy(() -> fixture.voters(campaign.getId(), 1)).isInstanceOfSatisfying(RefusedActionException.class,
				ex -> assertThat(ex.code()).isEqualTo("evaluation.voter.rollClosed"));
	}

}
