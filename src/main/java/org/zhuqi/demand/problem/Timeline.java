package org.zhuqi.demand.problem;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the timelines of problems (table {@code demand_event}). */
@Component
class Timeline {

	private final JdbcClient jdbc;

	Timeline(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void append(long demandId, Transition transition, String actor, String actorRole, String note, boolean internal,
			Instant at) {
		jdbc.sql("""
				insert into demand_event (demand_id, occurred_at, actor, actor_role, action, from_state, to_state, note, internal)
				values (:demand, :at, :actor, :role, :action, :from, :to, :note, :internal)""")
			.param("demand", demandId)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("actor", actor)
			.param("role", actorRole)
			.param("action", transition.action().name())
			.param("from", transition.from() == null ? null : transition.from().name())
			.param("to", transition.to().name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("internal", internal)
			.update();
	}

	List<TimelineEntry> of(long demandId, boolean includeInternal) {
		return jdbc.sql("""
				select occurred_at, actor, actor_role, action, from_state, to_state, note, internal
				from demand_event where demand_id = :demand and (:all = true or internal = false)
				order by occurred_at, id""")
			.param("demand", demandId)
			.param("all", includeInternal)
			.query((rs, n) -> new TimelineEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), DemandAction.valueOf(rs.getString(4)),
					rs.getString(5) == null ? null : DemandState.valueOf(rs.getString(5)),
					DemandState.valueOf(rs.getString(6)), rs.getString(7), rs.getBoolean(8)))
			.list();
	}

}
