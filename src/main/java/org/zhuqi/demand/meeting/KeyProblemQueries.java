package org.zhuqi.demand.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhuqi.demand.problem.DemandState;
import org.zhuqi.directory.Directory;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.LikePatterns;

/**
 * Reads key problems (重点问题: problems escalated because they were overdue or complex) within the viewer's
 * scope, with their meetings and open action items, and offers them to the agenda picker of the meeting form.
 */
@Component
public class KeyProblemQueries {

	private static final String COLUMNS = "d.id, d.title, d.enterprise_id, d.state, d.lead_department_id, d.escalated_at,"
			+ " d.key_problem";

	private final JdbcClient jdbc;

	private final Directory directory;

	private final Clock clock;

	KeyProblemQueries(JdbcClient jdbc, Directory directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/** The key problems the viewer may see, most recently escalated first. */
	@Transactional(readOnly = true)
	public Page<KeyProblemRow> search(KeyProblemFilter filter, Viewer viewer, Pageable pageable) {
		MeetingScope scope = MeetingScope.of(viewer);
		Map<String, Object> params = new HashMap<>(scope.params());
		String where = " where d.key_problem = true and " + MeetingScope.demands(viewer, "d");
		if (filter.q() != null && !filter.q().isBlank()) {
			where += " and d.title ilike :q";
			params.put("q", contains(filter.q()));
		}
		if (Boolean.TRUE.equals(filter.undiscussed())) {
			where += " and not exists (select 1 from meeting_agenda ag where ag.demand_id = d.id)";
		}
		long total = jdbc.sql("select count(*) from demand d" + where).params(params).query(Long.class).single();
		if (total == 0) {
			return Page.empty(pageable);
		}
		List<Problem> problems = jdbc.sql("select " + COLUMNS + " from demand d" + where
				+ " order by d.escalated_at desc nulls last, d.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> problem(rs))
			.list();
		return new PageImpl<>(rows(problems), pageable, total);
	}

	/**
	 * Up to {@code limit} key problems not yet closed whose title contains the text (or whose number it is),
	 * leaving out those already chosen; for the agenda picker of the centre.
	 */
	@Transactional(readOnly = true)
	public List<AgendaCandidate> candidates(String text, Collection<Long> chosen, int limit) {
		String q = text == null ? "" : text.strip();
		List<Problem> found = jdbc.sql("select " + COLUMNS + " from demand d where d.key_problem = true"
				+ " and d.state <> 'CLOSED' and (d.title ilike :q or cast(d.id as varchar(20)) = :number)"
				+ " order by d.escalated_at desc nulls last, d.id desc limit :limit")
			.param("q", contains(q))
			.param("number", q)
			.param("limit", limit + chosen.size())
			.query((rs, n) -> problem(rs))
			.list();
		return candidates(found.stream().filter(p -> !chosen.contains(p.id())).limit(limit).toList());
	}

	/** The chosen problems in the order given (unknown ids left out), for showing a form's agenda again. */
	@Transactional(readOnly = true)
	public List<AgendaCandidate> chosen(List<Long> ids) {
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<Long, Problem> found = jdbc.sql("select " + COLUMNS + " from demand d where d.id in (:ids)")
			.param("ids", wanted)
			.query((rs, n) -> problem(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(Problem::id, Function.identity()));
		return candidates(wanted.stream().map(found::get).filter(Objects::nonNull).toList());
	}

	private record Problem(long id, String title, long enterpriseId, DemandState state, Long leadDepartmentId,
			Instant escalatedAt, boolean keyProblem) {
	}

	private static Problem problem(ResultSet rs) throws SQLException {
		OffsetDateTime escalated = rs.getObject("escalated_at", OffsetDateTime.class);
		return new Problem(rs.getLong("id"), rs.getString("title"), rs.getLong("enterprise_id"),
				DemandState.valueOf(rs.getString("state")), rs.getObject("lead_department_id", Long.class),
				escalated == null ? null : escalated.toInstant(), rs.getBoolean("key_problem"));
	}

	private List<AgendaCandidate> candidates(List<Problem> problems) {
		Names names = names(problems);
		return problems.stream()
			.map(p -> new AgendaCandidate(p.id(), p.title(), names.enterprise(p), p.state(), names.lead(p),
					p.keyProblem()))
			.toList();
	}

	private List<KeyProblemRow> rows(List<Problem> problems) {
		List<Long> ids = problems.stream().map(Problem::id).toList();
		Map<Long, Object[]> meetings = new HashMap<>();
		jdbc.sql("""
				select ag.demand_id, count(*), max(m.held_on) from meeting_agenda ag join meeting m on m.id = ag.meeting_id
				where ag.demand_id in (:ids) group by ag.demand_id""")
			.param("ids", ids)
			.query(rs -> {
				meetings.put(rs.getLong(1), new Object[] { rs.getLong(2), rs.getObject(3, LocalDate.class) });
			});
		Map<Long, long[]> actions = new HashMap<>();
		jdbc.sql("""
				select a.demand_id, count(*) filter (where a.done_at is null),
				       count(*) filter (where a.done_at is null and a.due_on < :today)
				from action_item a where a.demand_id in (:ids) group by a.demand_id""")
			.param("ids", ids)
			.param("today", LocalDate.now(clock))
			.query(rs -> {
				actions.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		Names names = names(problems);
		List<KeyProblemRow> rows = new ArrayList<>();
		for (Problem p : problems) {
			Object[] held = meetings.getOrDefault(p.id(), new Object[] { 0L, null });
			long[] open = actions.getOrDefault(p.id(), new long[2]);
			rows.add(new KeyProblemRow(p.id(), p.title(), p.enterpriseId(), names.enterprise(p), p.state(),
					p.leadDepartmentId(), names.lead(p), p.escalatedAt(), (Long) held[0], (LocalDate) held[1], open[0],
					open[1]));
		}
		return rows;
	}

	/** The enterprise and lead department names of some problems. */
	private record Names(Map<Long, String> enterprises, Map<Long, String> departments) {

		String enterprise(Problem problem) {
			return enterprises.get(problem.enterpriseId());
		}

		String lead(Problem problem) {
			return problem.leadDepartmentId() == null ? null : departments.get(problem.leadDepartmentId());
		}

	}

	private Names names(List<Problem> problems) {
		return new Names(directory.enterpriseNames(problems.stream().map(Problem::enterpriseId).toList()),
				directory.departmentNames(
						problems.stream().map(Problem::leadDepartmentId).filter(Objects::nonNull).toList()));
	}

	private static String contains(String text) {
		return LikePatterns.contains(text);
	}

}
