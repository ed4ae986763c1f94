package org.zhuqi.demand.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.demand.problem.DemandState;
import org.zhuqi.directory.DepartmentRef;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Reads coordination meetings (专题协调会) within the viewer's scope (see {@link MeetingScope}): the searchable
 * list, one meeting with everything on it, and the meetings that discussed one key problem, which the problem
 * page shows through the fragment {@code demand/meeting/for-demand :: meetings(meetings)}.
 */
@Component
public class MeetingQueries {

	private final JdbcClient jdbc;

	private final Directory directory;

	private final ActionItemQueries actionItems;

	private final Clock clock;

	MeetingQueries(JdbcClient jdbc, Directory directory, ActionItemQueries actionItems, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.actionItems = actionItems;
		this.clock = clock;
	}

	/**
	 * Meetings by words of the title or of the convening department's name, and by the day held on, newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public Page<MeetingRow> search(MeetingFilter filter, Viewer viewer, Pageable pageable) {
		MeetingScope scope = MeetingScope.of(viewer);
		List<String> conditions = new ArrayList<>(List.of(scope.meetings()));
		Map<String, Object> params = new HashMap<>(scope.params());
		if (filter.q() != null && !filter.q().isBlank()) {
			String q = filter.q().strip();
			List<Long> conveners = directory.activeDepartments()
				.stream()
				.filter(department -> department.name().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
				.map(DepartmentRef::id)
				.toList();
			conditions.add(conveners.isEmpty() ? "m.title ilike :q"
					: "(m.title ilike :q or m.convener_department_id in (:conveners))");
			params.put("q", LikePatterns.contains(q));
			params.put("conveners", conveners);
		}
		if (filter.from() != null) {
			conditions.add("m.held_on >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("m.held_on <= :to");
			params.put("to", filter.to());
		}
		String where = " where " + String.join(" and ", conditions);
		long total = jdbc.sql("select count(*) from meeting m" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<MeetingHead> heads = jdbc.sql("select m.id, m.title, m.held_on, m.convener_department_id, m.version"
				+ " from meeting m" + where + " order by m.held_on desc, m.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(MeetingHead.class)
			.list();
		return new PageImpl<>(rows(heads, viewer), pageable, total);
	}

	/** One meeting the viewer may see, with the parts of it the viewer may see. */
	@Transactional(readOnly = true)
	public Optional<MeetingDetail> find(long id, Viewer viewer) {
		MeetingScope scope = MeetingScope.of(viewer);
		return jdbc.sql("select m.* from meeting m where m.id = :id and " + scope.meetings())
			.params(scope.params())
			.param("id", id)
			.query((rs, n) -> new MeetingColumns(rs.getLong("id"), rs.getString("title"),
					rs.getObject("held_on", LocalDate.class), rs.getLong("convener_department_id"),
					rs.getString("minutes"), rs.getString("created_by"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version")))
			.optional()
			.map(columns -> detail(columns, viewer));
	}

	/** Whether the viewer may see the meeting at all. */
	@Transactional(readOnly = true)
	public boolean visible(long id, Viewer viewer) {
		MeetingScope scope = MeetingScope.of(viewer);
		return jdbc.sql("select count(*) from meeting m where m.id = :id and " + scope.meetings())
			.params(scope.params())
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The meetings that had this problem on their agenda, newest first, each with the action items it
	 * decided about the problem. Unscoped: for a problem page whose viewer was already allowed to see the
	 * problem.
	 */
	@Transactional(readOnly = true)
	public List<DemandMeeting> forDemand(long demandId) {
		List<MeetingHead> heads = jdbc.sql("""
				select m.id, m.title, m.held_on, m.convener_department_id, m.version
				from meeting_agenda ag join meeting m on m.id = ag.meeting_id
				where ag.demand_id = :demand order by m.held_on desc, m.id desc""")
			.param("demand", demandId)
			.query(MeetingHead.class)
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ActionItemRow>> actions = actionItems.ofDemand(demandId)
			.stream()
			.collect(Collectors.groupingBy(ActionItemRow::meetingId));
		Map<Long, String> conveners = directory
			.departmentNames(heads.stream().map(MeetingHead::convenerDepartmentId).toList());
		return heads.stream()
			.map(head -> new DemandMeeting(head.id(), head.title(), head.heldOn(),
					conveners.get(head.convenerDepartmentId()), actions.getOrDefault(head.id(), List.of())))
			.toList();
	}

	/** District-wide figures of the meetings held between the two days (both included). */
	@Transactional(readOnly = true)
	public MeetingSummary summary(LocalDate from, LocalDate to) {
		long meetings = jdbc.sql("select count(*) from meeting where held_on between :from and :to")
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
		long problems = jdbc.sql("""
				select count(distinct ag.demand_id) from meeting_agenda ag join meeting m on m.id = ag.meeting_id
				where m.held_on between :from and :to""").param("from", from).param("to", to).query(Long.class).single();
		return jdbc.sql("""
				select count(*), count(*) filter (where a.done_at is not null),
				       count(*) filter (where a.done_at is null and a.due_on < :today)
				from action_item a join meeting m on m.id = a.meeting_id where m.held_on between :from and :to""")
			.param("from", from)
			.param("to", to)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> new MeetingSummary(meetings, problems, rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** The columns of a meeting a list needs. */
	record MeetingHead(long id, String title, LocalDate heldOn, long convenerDepartmentId, int version) {
	}

	private record MeetingColumns(long id, String title, LocalDate heldOn, long convenerDepartmentId, String minutes,
			String createdBy, Instant createdAt, int version) {
	}

	private List<MeetingRow> rows(List<MeetingHead> heads, Viewer viewer) {
		List<Long> ids = heads.stream().map(MeetingHead::id).toList();
		MeetingScope scope = MeetingScope.of(viewer);
		Map<Long, Long> agenda = new HashMap<>();
		jdbc.sql("select ag.meeting_id, count(*) from meeting_agenda ag join demand d on d.id = ag.demand_id"
				+ " where ag.meeting_id in (:ids) and " + MeetingScope.parts(viewer, "d") + " group by ag.meeting_id")
			.params(scope.params())
			.param("ids", ids)
			.query(rs -> {
				agenda.put(rs.getLong(1), rs.getLong(2));
			});
		Map<Long, long[]> actions = new HashMap<>();
		jdbc.sql("select a.meeting_id, count(*), count(*) filter (where a.done_at is null),"
				+ " count(*) filter (where a.done_at is null and a.due_on < :today)"
				+ " from action_item a left join demand d on d.id = a.demand_id"
				+ " where a.meeting_id in (:ids) and " + MeetingScope.parts(viewer, "d") + " group by a.meeting_id")
			.params(scope.params())
			.param("ids", ids)
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				actions.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4) });
			});
		Map<Long, String> conveners = directory
			.departmentNames(heads.stream().map(MeetingHead::convenerDepartmentId).toList());
		return heads.stream().map(head -> {
			long[] counts = actions.getOrDefault(head.id(), new long[3]);
			return new MeetingRow(head.id(), head.title(), head.heldOn(), head.convenerDepartmentId(),
					conveners.get(head.convenerDepartmentId()), agenda.getOrDefault(head.id(), 0L), counts[0], counts[1],
					counts[2], head.version());
		}).toList();
	}

	private MeetingDetail detail(MeetingColumns meeting, Viewer viewer) {
		List<Long> attendingIds = jdbc.sql("select department_id from meeting_department where meeting_id = :id")
			.param("id", meeting.id())
			.query(Long.class)
			.list();
		MeetingScope scope = MeetingScope.of(viewer);
		List<AgendaColumns> agenda = jdbc.sql("""
				select ag.position, d.id, d.title, d.enterprise_id, d.state, d.lead_department_id
				from meeting_agenda ag join demand d on d.id = ag.demand_id
				where ag.meeting_id = :id and %s order by ag.position""".formatted(MeetingScope.parts(viewer, "d")))
			.params(scope.params())
			.param("id", meeting.id())
			.query((rs, n) -> new AgendaColumns(rs.getInt(1) + 1, rs.getLong(2), rs.getString(3), rs.getLong(4),
					DemandState.valueOf(rs.getString(5)), rs.getObject(6, Long.class)))
			.list();
		List<Long> departmentIds = new ArrayList<>(attendingIds);
		departmentIds.add(meeting.convenerDepartmentId());
		agenda.stream().map(AgendaColumns::leadDepartmentId).filter(Objects::nonNull).forEach(departmentIds::add);
		Map<Long, String> departments = directory.departmentNames(departmentIds);
		Map<Long, String> enterprises = directory.enterpriseNames(agenda.stream().map(AgendaColumns::enterpriseId).toList());
		List<MeetingDetail.Department> attending = attendingIds.stream()
			.map(id -> new MeetingDetail.Department(id, departments.get(id)))
			.sorted(Comparator.comparing(MeetingDetail.Department::name, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		List<MeetingDetail.AgendaItem> items = agenda.stream()
			.map(a -> new MeetingDetail.AgendaItem(a.position(), a.demandId(), a.title(), a.enterpriseId(),
					enterprises.get(a.enterpriseId()), a.state(), a.leadDepartmentId(),
					a.leadDepartmentId() == null ? null : departments.get(a.leadDepartmentId())))
			.toList();
		String minutes = MeetingAccess.seesOwnProblemsOnly(viewer) ? null : meeting.minutes();
		return new MeetingDetail(meeting.id(), meeting.title(), meeting.heldOn(),
				new MeetingDetail.Department(meeting.convenerDepartmentId(), departments.get(meeting.convenerDepartmentId())),
				attending, items, minutes, actionItems.ofMeeting(meeting.id(), viewer), meeting.createdBy(),
				meeting.createdAt(), meeting.version());
	}

	private record AgendaColumns(int position, long demandId, String title, long enterpriseId, DemandState state,
			Long leadDepartmentId) {
	}

}
