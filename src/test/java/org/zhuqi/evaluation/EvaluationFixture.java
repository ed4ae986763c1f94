package org.zhuqi.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.evaluation.campaign.Campaign;
import org.zhuqi.evaluation.campaign.CampaignForm;
import org.zhuqi.evaluation.campaign.CampaignSetup;
import org.zhuqi.evaluation.campaign.DimensionForm;
import org.zhuqi.evaluation.voter.VoterRoll;
import org.zhuqi.evaluation.voter.VoterRoll.Enrolment;
import org.zhuqi.evaluation.voter.VoterRoll.IssuedCredential;
import org.zhuqi.shared.Viewer;

/**
 * Builds evaluation campaigns for integration tests through the module's own services, with directory records
 * of their own (the test database is shared by the whole run): departments, a draft with the four-dimension
 * rubric 30/30/20/20 on the 1–10 scale, trimming 5%, a window from an hour ago to tomorrow, voters with
 * credentials.
 */
public final class EvaluationFixture {

	public static final Viewer CENTRE = Viewer.admin("admin");

	private final TestDirectory directory;

	private final CampaignSetup setup;

	private final VoterRoll roll;

	private final Clock clock;

	public EvaluationFixture(JdbcClient jdbc, CampaignSetup setup, VoterRoll roll, Clock clock) {
		this.directory = new TestDirectory(jdbc);
		this.setup = setup;
		this.roll = roll;
		this.clock = clock;
	}

	public long department(String name) {
		return directory.department(name);
	}

	public long enterprise(String name) {
		return directory.enterprise(name);
	}

	public CampaignForm form(String name, List<Long> live, List<Long> online) {
		CampaignForm form = new CampaignForm();
		form.setName(name);
		form.setPeriodLabel("2026 上半年");
		form.setTrimPercent(new BigDecimal("5"));
		LocalDateTime now = LocalDateTime.now(clock);
		form.setOpensAt(now.minusHours(1));
		form.setClosesAt(now.plusDays(1));
		form.setDimensions(List.of(new DimensionForm("服务态度", "Service attitude", new BigDecimal("30")),
				new DimensionForm("办事效率", "Efficiency", new BigDecimal("30")),
				new DimensionForm("政策落实", "Policy delivery", new BigDecimal("20")),
				new DimensionForm("廉洁自律", "Integrity", new BigDecimal("20"))));
		form.setLiveDepartmentIds(live);
		form.setOnlineDepartmentIds(online);
		return form;
	}

	public Campaign draft(List<Long> live, List<Long> online) {
		return setup.create(form("千家企业评部门" + System.nanoTime(), live, online), CENTRE);
	}

	/** Enrols {@code count} new enterprises and returns their freshly issued credentials. */
	public List<String> voters(long campaignId, int count) {
		List<Enrolment> enrolments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			enrolments.add(new Enrolment(directory.enterprise("评议企业" + i), "代表" + i));
		}
		roll.enrol(campaignId, enrolments, CENTRE);
		return roll.issueCredentials(campaignId, CENTRE).stream().map(IssuedCredential::token).toList();
	}

	public Campaign open(Campaign campaign) {
		return setup.open(campaign.getId(), campaign.getVersion(), CENTRE);
	}

	public Campaign close(long campaignId) {
		return setup.close(campaignId, null, CENTRE);
	}

}
