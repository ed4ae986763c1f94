package org.zhuqi.demand.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Role;
import org.zhuqi.shared.Viewer;

/**
 * Reads action items (督办事项) within the viewer's scope: the list of a department's own items (the centre's
 * of all), those of one meeting, those about one key problem. Flags the overdue ones against today's date in
 * the district.
 */
@Component
public class ActionItemQueries {

	/** The row columns over action items {@code a}, their meeting {@code m} and problem {@code d}. */
	private static final String SELECT = """
			select a.id, a.meeting_id, m.title as meeting_title, m.held_on as meeting_held_on, a.demand_id,
			       d.title as demand_title, a.description, a.owner_department_id, a.due_on, a.done_at, a.done_by,
			       a.done_note, a.version
			from action_item a
			join meeting m on m.id = a.meeting_id
			left join demand d on d.id = a.demand_id
			""";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	ActionItemQueries(JdbcClient jdbc, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The items a department owns, or for the centre those of every department (optionally one), soonest
	 * due first. Liaison cadres and enterprises own no items (403).
	 */
	@Transactional(readOnly = true)
	public Page<ActionItemRow> search(ActionItemFilter filter, Viewer viewer, Pageable pageable) {
		MeetingAccess.requireStaff(viewer);
		Long owner = viewer.is(Role.DEPARTMENT) ? viewer.departmentId() : filter.department();
		String where = " where " + filter.statusOrOpen().condition()
				+ (owner == null ? "" : " and a.owner_department_id = :owner");
		Map<String, Object> params = new HashMap<>();
		params.put("owner", owner);
		params.put("today", today());
		long total = jdbc.sql("select count(*) from action_item a" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<ActionItemRow> rows = rows(jdbc.sql(SELECT + where + " order by a.done_at desc nulls first, a.due_on, a.id"
				+ " limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset()));
		return new PageImpl<>(rows, pageable, total);
	}

	/** One item of a meeting the viewer may see. */
	@Transactional(readOnly = true)
	public Optional<ActionItemRow> find(long id, Viewer viewer) {
		MeetingScope scope = MeetingScope.of(viewer);
		return rows(jdbc.sql(SELECT + " where a.id = :id and " + scope.meetings() + " and "
				+ MeetingScope.parts(viewer, "d"))
			.params(scope.params())
			.param("id", id)).stream().findFirst();
	}

	/** The items of one meeting as the viewer may see them, by due date; the caller checked the meeting. */
	List<ActionItemRow> ofMeeting(long meetingId, Viewer viewer) {
		MeetingScope scope = MeetingScope.of(viewer);
		return rows(jdbc.sql(SELECT + " where a.meeting_id = :meeting and " + MeetingScope.parts(viewer, "d")
				+ " order by a.due_on, a.id")
			.params(scope.params())
			.param("meeting", meetingId));
	}

	/** The items about one problem, of every meeting; the caller checked that the viewer sees the problem. */
	List<ActionItemRow> ofDemand(long demandId) {
		return rows(jdbc.sql(SELECT + " where a.demand_id = :demand order by m.held_on desc, a.due_on, a.id")
			.param("demand", demandId));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A row before the owner's name and the progress notes are added. */
	private record Raw(long id, long meetingId, String meetingTitle, LocalDate meetingHeldOn, Long demandId,
			String demandTitle, String description, long ownerDepartmentId, LocalDate dueOn, Instant doneAt,
			String doneBy, String doneNote, int version) {
	}

	private List<ActionItemRow> rows(JdbcClient.StatementSpec statement) {
		List<Raw> raw = statement.query((rs, n) -> raw(rs)).list();
		if (raw.isEmpty()) {
			return List.of();
		}
		Map<Long, String> owners = directory.departmentNames(raw.stream().map(Raw::ownerDepartmentId).toList());
		Map<Long, List<ActionItemProgress>> progress = progress(raw.stream().map(Raw::id).toList());
		LocalDate today = today();
		return raw.stream()
			.map(r -> new ActionItemRow(r.id(), r.meetingId(), r.meetingTitle(), r.meetingHeldOn(), r.demandId(),
					r.demandTitle(), r.description(), r.ownerDepartmentId(), owners.get(r.ownerDepartmentId()),
					r.dueOn(), r.doneAt() != null, r.doneAt(), r.doneBy(), r.doneNote(),
					ActionItem.isOverdue(r.dueOn(), r.doneAt() != null, today),
					progress.getOrDefault(r.id(), List.of()), r.version()))
			.toList();
	}

	private Map<Long, List<ActionItemProgress>> progress(List<Long> ids) {
		Map<Long, List<ActionItemProgress>> notes = new HashMap<>();
		jdbc.sql("""
				select action_item_id, noted_at, noted_by, note from action_item_progress
				where action_item_id in (:ids) order by noted_at, id""")
			.param("ids", ids)
			.query(rs -> {
				notes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ActionItemProgress(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
							rs.getString(4)));
			});
		return notes;
	}

	private static Raw raw(ResultSet rs) throws SQLException {
		OffsetDateTime doneAt = rs.getObject("done_at", OffsetDateTime.class);
		return new Raw(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("meeting_title"),
				rs.getObject("meeting_held_on", LocalDate.class), rs.getObject("demand_id", Long.class),
				rs.getString("demand_title"), rs.getString("description"), rs.getLong("owner_department_id"),
				rs.getObject("due_on", LocalDate.class), doneAt == null ? null : doneAt.toInstant(),
				rs.getString("done_by"), rs.getString("done_note"), rs.getInt("version"));
	}

}
