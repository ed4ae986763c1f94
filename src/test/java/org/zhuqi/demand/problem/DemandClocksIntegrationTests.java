package org.zhuqi.demand.problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DemandClocksIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	DemandClocks clocks;

	@Autowired
	Demands demands;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindsOverdueProblemsOnceADayAndClosesRatedAndLongUnratedOnes() {
		TestDirectory directory = new TestDirectory(jdbc);
		long department = directory.department("区时钟测试局");
		long enterprise = directory.enterprise("时钟测试企业");
		Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
		DemandWorkflow past = workflow.at(Clock.fixed(monthAgo, ZONE));
		Viewer ent = Viewer.enterprise("ent-clock", enterprise);
		Viewer admin = Viewer.admin("admin");
		Viewer dept = Viewer.department("dept-clock", department);

		long overdue = file(past, ent);
		past.act(overdue, null, new DemandCommand.Assign(department, null, null), admin);
		long rated = file(past, ent);
		past.act(rated, null, new DemandCommand.Assign(department, null, null), admin);
		past.act(rated, null, new DemandCommand.Accept(null), dept);
		past.act(rated, null, new DemandCommand.Resolve("已解决"), dept);
		past.act(rated, null, new DemandCommand.Rate(Satisfaction.SATISFIED, null), ent);
		long unrated = file(past, ent);
		past.act(unrated, null, new DemandCommand.Assign(department, null, null), admin);
		past.act(unrated, null, new DemandCommand.Accept(null), dept);
		past.act(unrated, null, new DemandCommand.Resolve("已解决"), dept);

		Instant now = Instant.now();
		clocks.sweep(now);
		clocks.sweep(now.plus(Duration.ofHours(1)));

		assertThat(demands.findById(overdue).orElseThrow().getLastRemindedAt()).isNotNull();
		assertThat(workflow.timeline(overdue, admin)).filteredOn(e -> e.action() == DemandAction.REMIND).hasSize(1);
		assertThat(demands.findById(rated).orElseThrow().getState()).isEqualTo(DemandState.CLOSED);
		Demand closedUnrated = demands.findById(unrated).orElseThrow();
		assertThat(closedUnrated.getState()).isEqualTo(DemandState.CLOSED);
		assertThat(closedUnrated.getRating()).as("not rated is never satisfied").isNull();
	}

	private static long file(DemandWorkflow workflow, Viewer enterprise) {
		FilingForm form = new FilingForm();
		form.setCategoryCode("FINANCING");
		form.setTitle("贷款审批慢");
		form.setDescription("申请贷款两个月未获审批");
		return workflow.file(form, enterprise).getId();
	}

}
