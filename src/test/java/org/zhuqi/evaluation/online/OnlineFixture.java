package org.zhuqi.evaluation.online;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.evaluation.EvaluationFixture;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignForm;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.ledger.Ledger;
import org.zhuqi.evaluation.ledger.LedgerHead;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;

import static org.zhuqi.evaluation.EvaluationFixture.CENTRE;

/**
 * A campaign for the online rating tests: one live department, two online ones, three voters with their issued
 * credentials (token, voter and enterprise); and what "nothing written" is measured by.
 */
final class OnlineFixture {

	final EvaluationFixture evaluation;

	final CampaignSetup setup;

	final VoterRoll roll;

	final JdbcClient jdbc;

	final Ledger ledger;

	final Clock clock;

	long live;

	long first;

	long second;

	String firstName;

	OnlineFixture(JdbcClient jdbc, CampaignSetup setup, VoterRoll roll, Ledger ledger, Clock clock) {
		this.evaluation = new EvaluationFixture(jdbc, setup, roll, clock);
		this.setup = setup;
		this.roll = roll;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
		live = evaluation.department("区统计局");
		firstName = "区市场监管局" + System.nanoTime();
		first = evaluation.department(firstName);
		second = evaluation.department("区人力社保局");
	}

	/** An open campaign, rating from an hour ago to tomorrow. */
	long openCampaign() {
		Campaign campaign = evaluation.draft(List.of(live), List.of(first, second));
		return evaluation.open(campaign).getId();
	}

	/** An open campaign whose window begins tomorrow. */
	long campaignNotYetOpen() {
		CampaignForm form = evaluation.form("网上测评" + System.nanoTime(), List.of(live), List.of(first, second));
		LocalDateTime now = LocalDateTime.now(clock);
		form.setOpensAt(now.plusDays(1));
		form.setClosesAt(now.plusDays(2));
		Campaign campaign = setup.create(form, CENTRE);
		return evaluation.open(campaign).getId();
	}

	List<IssuedCredential> voters(long campaignId, int count) {
		List<Enrolment> enrolments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			enrolments.add(new Enrolment(evaluation.enterprise("网评企业" + i), "代表" + i));
		}
		roll.enrol(campaignId, enrolments, CENTRE);
		return roll.issueCredentials(campaignId, CENTRE);
	}

	/** Ballots, ledger head and drafts of the campaign: equal before and after a refusal. */
	record Written(long ballots, LedgerHead head, long drafts) {
	}

	Written written(long campaignId) {
		long ballots = jdbc.sql("select count(*) from evaluation_ballot where campaign_id = :c")
			.param("c", campaignId)
			.query(Long.class)
			.single();
		long drafts = jdbc.sql("select count(*) from evaluation_draft where campaign_id = :c")
			.param("c", campaignId)
			.query(Long.class)
			.single();
		return new Written(ballots, ledger.head(campaignId).orElseThrow(), drafts);
	}

	String ratingPath(long voterId) {
		return jdbc.sql("select rating_path from evaluation_voter where id = :v")
			.param("v", voterId)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.single()
			.orElse(null);
	}

}
