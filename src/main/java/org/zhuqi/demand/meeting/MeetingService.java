package org.zhuqi.demand.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.audit.AuditLog;
import org.zhuqi.demand.problem.Demand;
import org.zhuqi.demand.problem.Demands;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RejectedFieldException;
import org.zhuqi.shared.Viewer;

/**
 * Records and revises coordination meetings (专题协调会) for the service centre: checks the departments and
 * the agenda's problems, lets {@link Meeting} apply its rules, guards against concurrent edits and audits
 * every change under subject {@value #AUDIT_TYPE}.
 */
@Service
public class MeetingService {

	static final String AUDIT_TYPE = "meeting";

	private final Meetings meetings;

	private final ActionItems actionItems;

	private final Demands demands;

	private final Directory directory;

	private final AuditLog audit;

	private final Clock clock;

	MeetingService(Meetings meetings, ActionItems actionItems, Demands demands, Directory directory, AuditLog audit,
			Clock clock) {
		this.meetings = meetings;
		this.actionItems = actionItems;
		this.demands = demands;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A meeting to edit; only the service centre edits meetings. */
	@Transactional(readOnly = true)
	public Meeting get(long id, Viewer viewer) {
		MeetingAccess.requireManager(viewer);
		return meetings.findById(id).orElseThrow(() -> new RecordNotFoundException(AUDIT_TYPE, id));
	}

	@Transactional
	public Meeting convene(MeetingForm form, Viewer viewer) {
		MeetingAccess.requireManager(viewer);
		Meeting meeting = meetings.save(Meeting.convene(checked(form, null), viewer.username(), clock.instant()));
		audit.record(viewer.username(), AUDIT_TYPE, meeting.getId(), "created",
				meeting.getHeldOn() + " " + meeting.getTitle() + agendaDetail(meeting));
		return meeting;
	}

	@Transactional
	public Meeting revise(long id, MeetingForm form, Viewer viewer) {
		Meeting meeting = get(id, viewer);
		if (form.getVersion() != null && !form.getVersion().equals(meeting.getVersion())) {
			throw new OptimisticLockingFailureException("meeting " + id + " changed meanwhile");
		}
		Set<Long> problemsWithActions = actionItems.findByMeetingId(id)
			.stream()
			.map(ActionItem::getDemandId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		List<String> changed = meeting.revise(checked(form, meeting), problemsWithActions);
		if (!changed.isEmpty()) {
			meetings.save(meeting);
			audit.record(viewer.username(), AUDIT_TYPE, id, "updated", String.join(",", changed) + agendaDetail(meeting));
		}
		return meeting;
	}

	/** 会议纪要: the centre records or corrects the minutes on the meeting page. */
	@Transactional
	public Meeting recordMinutes(long id, MeetingMinutes minutes, Viewer viewer) {
		Meeting meeting = get(id, viewer);
		if (minutes.version() != null && !minutes.version().equals(meeting.getVersion())) {
			throw new OptimisticLockingFailureException("meeting " + id + " changed meanwhile");
		}
		if (meeting.recordMinutes(minutes.minutes())) {
			meetings.save(meeting);
			audit.record(viewer.username(), AUDIT_TYPE, id, "minutes", meeting.getMinutes());
		}
		return meeting;
	}

	/**
	 * The form's details with its references checked: departments must be active, except those the meeting
	 * already names (a department may have been deactivated since); agenda problems must exist.
	 */
	private MeetingDetails checked(MeetingForm form, Meeting existing) {
		Set<Long> known = new LinkedHashSet<>();
		if (existing != null) {
			known.add(existing.getConvenerDepartmentId());
			known.addAll(existing.attendingDepartmentIds());
		}
		department(form.getConvenerDepartmentId(), known, "convenerDepartmentId");
		Set<Long> attending = form.getAttendingDepartmentIds()
			.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		attending.forEach(id -> department(id, known, "attendingDepartmentIds"));
		return new MeetingDetails(form.getTitle(), form.getHeldOn(), form.getConvenerDepartmentId(), attending,
				agendaProblems(form.getAgenda()), form.getMinutes());
	}

	private void department(Long id, Collection<Long> known, String field) {
		if (id == null) {
			throw new RejectedFieldException(field, "meeting.department.unknown");
		}
		boolean usable = known.contains(id) || directory.department(id).map(DepartmentRef::active).orElse(false);
		if (!usable) {
			throw new RejectedFieldException(field, "meeting.department.unknown");
		}
	}

	private List<AgendaProblem> agendaProblems(List<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).toList();
		Map<Long, Demand> found = demands.findAllById(wanted.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Demand::getId, Function.identity()));
		List<AgendaProblem> problems = new ArrayList<>();
		for (Long id : wanted) {
			Demand demand = found.get(id);
			if (demand == null) {
				throw new RejectedFieldException("agenda", "meeting.agenda.unknown", String.valueOf(id));
			}
			problems.add(new AgendaProblem(id, demand.getTitle(), demand.isKeyProblem()));
		}
		return problems;
	}

	private static String agendaDetail(Meeting meeting) {
		List<Long> agenda = meeting.agendaDemandIds();
		return agenda.isEmpty() ? "" : "; agenda " + agenda;
	}

}
