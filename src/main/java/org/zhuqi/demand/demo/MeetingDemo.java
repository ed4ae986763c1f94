package org.zhuqi.demand.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhuqi.demand.meeting.ActionItem;
import org.zhuqi.demand.meeting.ActionItemForm;
import org.zhuqi.demand.meeting.ActionItemNote;
import org.zhuqi.demand.meeting.ActionItemService;
import org.zhuqi.demand.meeting.Meeting;
import org.zhuqi.demand.meeting.MeetingForm;
import org.zhuqi.demand.meeting.MeetingService;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * The demo's coordination meetings (专题协调会), held by 区企业发展服务中心 as in the article: after the problem
 * history is replayed, the key problems are taken in the order they were escalated and put, a batch at a
 * time, on the agenda of a meeting on the Thursday after the batch's last escalation, with one action item
 * per problem for its lead department, marked done where the problem was since resolved. Meetings that would
 * lie in the future are not held; those key problems wait for the next one.
 */
@Component
class MeetingDemo {

	/** Code of 区企业发展服务中心, the convening unit. */
	static final String CONVENER = "QFZX";

	private final JdbcClient jdbc;

	private final MeetingService meetings;

	private final ActionItemService actions;

	MeetingDemo(JdbcClient jdbc, MeetingService meetings, ActionItemService actions) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.actions = actions;
	}

	/** A key problem as the replay left it. */
	record KeyProblem(long id, String title, Long leadDepartmentId, OffsetDateTime escalatedAt, String state) {
	}

	/** Holds about {@code count} meetings over the key problems; returns how many were held. */
	int hold(int count, long convenerId, ZoneId zone, LocalDate today, DemoRecords records) {
		List<KeyProblem> problems = jdbc.sql("""
				select id, title, lead_department_id, escalated_at, state from demand
				where key_problem and lead_department_id is not null order by escalated_at, id""")
			.query(KeyProblem.class)
			.list();
		if (problems.isEmpty() || count <= 0) {
			return 0;
		}
		int perMeeting = Math.max(1, (problems.size() + count - 1) / count);
		int held = 0;
		for (int from = 0; from < problems.size(); from += perMeeting) {
			List<KeyProblem> batch = problems.subList(from, Math.min(problems.size(), from + perMeeting));
			LocalDate lastEscalation = batch.get(batch.size() - 1).escalatedAt().atZoneSameInstant(zone).toLocalDate();
			LocalDate heldOn = lastEscalation.with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
			if (heldOn.isAfter(today)) {
				break;
			}
			held++;
			hold(held, heldOn, batch, convenerId, records);
		}
		return held;
	}

	private void hold(int number, LocalDate heldOn, List<KeyProblem> batch, long convenerId, DemoRecords records) {
		Viewer centre = Viewer.admin("admin");
		Set<Long> attending = new LinkedHashSet<>();
		List<Long> agenda = new ArrayList<>();
		for (KeyProblem problem : batch) {
			attending.add(problem.leadDepartmentId());
			agenda.add(problem.id());
		}
		MeetingForm form = new MeetingForm();
		form.setTitle("“双千”工作专题协调会（第%d次）".formatted(number));
		form.setHeldOn(heldOn);
		form.setConvenerDepartmentId(convenerId);
		form.setAttendingDepartmentIds(attending);
		form.setAgenda(agenda);
		form.setMinutes("会议由区企业发展服务中心召集，逐一研究%d个“双千”重点问题，明确牵头部门和办结时限，各部门按分工抓好落实。"
			.formatted(batch.size()));
		Meeting meeting = meetings.convene(form, centre);
		for (KeyProblem problem : batch) {
			ActionItemForm action = new ActionItemForm();
			action.setDescription("牵头协调解决：" + problem.title());
			action.setOwnerDepartmentId(problem.leadDepartmentId());
			action.setDueOn(heldOn.plusDays(14));
			action.setDemandId(problem.id());
			ActionItem item = actions.decide(meeting.getId(), action, centre);
			boolean finished = !"IN_PROGRESS".equals(problem.state()) && !"RECTIFYING".equals(problem.state());
			if (finished) {
				Viewer owner = records.viewer(new Story.Actor(Role.DEPARTMENT, problem.leadDepartmentId()));
				actions.markDone(item.getId(), new ActionItemNote("已按会议要求完成协调，问题已办结。", null), owner);
			}
		}
	}

}
