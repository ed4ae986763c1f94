package org.zhuqi.demand.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.zhuqi.directory.TestDirectory;
import org.zhuqi.shared.Viewer;

/** Inbox notices that follow a problem through the workflow, sent after each action commits. */
@SpringBootTest
@ActiveProfiles("test")
class DemandNoticesIntegrationTests {

	@Autowired
	DemandWorkflow workflow;

	@Autowired
	DemandClocks clocks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void departmentHearsOfAssignmentAndEnterpriseOfResolutionAndRectificationReachesTheCentre() {
		TestDirectory directory = new TestDirectory(jdbc);
		long department = directory.department("区通知测试局");
		long enterprise = directory.enterprise("通知测试企业");
		Viewer ent = Viewer.enterprise("ent-notice", enterprise);
		Viewer admin = Viewer.admin("admin");
		Viewer dept = Viewer.department("dept-notice", department);
		FilingForm form = new FilingForm();
		form.setCategoryCode("SPACE");
		form.setTitle("通知测试：厂房漏水");
		form.setDescription("二号厂房屋顶漏水");
		long id = workflow.file(form, ent).getId();

		workflow.act(id, null, new DemandCommand.Assign(department, null, null), admin);
		workflow.act(id, null, new DemandCommand.Accept(null), dept);
		workflow.act(id, null, new DemandCommand.Resolve("已修缮"), dept);
		workflow.act(id, null, new DemandCommand.Rate(Satisfaction.DISSATISFIED, "仍在漏水"), ent);

		assertThat(awaitNotices("DEPARTMENT", department, 2)).containsExactly("demand.notice.assigned",
				"demand.notice.reopened");
		assertThat(awaitNotices("ENTERPRISE", enterprise, 1)).containsExactly("demand.notice.pleaseRate");
		assertThat(jdbc.sql("select count(*) from notice where audience_role = 'ADMIN' and link = :link")
			.param("link", "/demands/" + id)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void dueSoonNoticeIsSentOncePerDeadline() {
		TestDirectory directory = new TestDirectory(jdbc);
		long department = directory.department("区到期测试局");
		long enterprise = directory.enterprise("到期测试企业");
		FilingForm form = new FilingForm();
		form.setCategoryCode("SPACE");
		form.setTitle("到期测试");
		form.setDescription("到期提醒测试");
		long id = workflow.file(form, Viewer.enterprise("ent-due", enterprise)).getId();
		workflow.act(id, null, new DemandCommand.Assign(department, null, null), Viewer.admin("admin"));
		Instant acceptBy = jdbc.sql("select accept_due_at from demand where id = :id").param("id", id)
			.query(java.time.OffsetDateTime.class).single().toInstant();

		clocks.noticeDueSoon(acceptBy.minus(Duration.ofHours(25)));
		clocks.noticeDueSoon(acceptBy.minus(Duration.ofHours(20)));
		clocks.noticeDueSoon(acceptBy.minus(Duration.ofHours(10)));

		assertThat(awaitNotices("DEPARTMENT", department, 2)).containsExactly("demand.notice.assigned",
				"demand.notice.dueSoon");
	}

	/** The message keys of the audience's notices, once at least {@code count} arrived (they come after commit). */
	private List<String> awaitNotices(String role, long boundId, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		List<String> keys;
		do {
			keys = jdbc.sql("select message_key from notice where audience_role = :role and audience_id = :id order by id")
				.param("role", role)
				.param("id", boundId)
				.query(String.class)
				.list();
			if (keys.size() >= count) {
				return keys;
			}
			sleep();
		}
		while (System.nanoTime() < deadline);
		return keys;
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
