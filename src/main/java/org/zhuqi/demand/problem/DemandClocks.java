package org.zhuqi.demand.problem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;

/**
 * What the clocks do on their own, every quarter of an hour: 督办 reminders to departments for overdue problems
 * (at most one a day each), closing problems that were rated, and closing resolved problems the enterprise
 * did not rate within {@link Demand#RATING_WINDOW} (they count as not rated, never as satisfied). Each
 * change goes through {@link DemandWorkflow} as the {@code system} user, so it is on the timeline.
 */
@Component
public class DemandClocks {

	static final Viewer SYSTEM = Viewer.admin("system");

	static final Duration REMIND_EVERY = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(DemandClocks.class);

	private final JdbcClient jdbc;

	private final DemandWorkflow workflow;

	private final Clock clock;

	private final boolean enabled;

	DemandClocks(JdbcClient jdbc, DemandWorkflow workflow, Clock clock,
			@Value("${zhuqi.demand.clock-enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${zhuqi.demand.clock-interval:PT15M}")
	void tick() {
		if (!enabled) {
			return;
		}
		Sweep sweep = sweep(clock.instant());
		if (sweep.total() > 0) {
			log.info("Problem clocks: {} reminded, {} closed after rating, {} closed unrated", sweep.reminded(),
					sweep.closedRated(), sweep.closedUnrated());
		}
	}

	/** What one sweep did. */
	public record Sweep(int reminded, int closedRated, int closedUnrated) {

		public int total() {
			return reminded + closedRated + closedUnrated;
		}

	}

	Sweep sweep(Instant now) {
		return sweep(workflow, now);
	}

	/**
	 * One sweep as of {@code now} through the given workflow, e.g. one on a replay clock; refusals are not
	 * expected here, since only problems in a state that allows the action are chosen.
	 */
	public Sweep sweep(DemandWorkflow through, Instant now) {
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		List<Long> overdue = jdbc.sql("select d.id from demand d where " + DemandQueries.DEADLINE
				+ " < :now and (d.last_reminded_at is null or d.last_reminded_at < :remindBefore) order by d.id")
			.param("now", at)
			.param("remindBefore", OffsetDateTime.ofInstant(now.minus(REMIND_EVERY), ZoneOffset.UTC))
			.query(Long.class)
			.list();
		List<Long> rated = jdbc.sql("select id from demand where state = 'RATED' order by id").query(Long.class).list();
		List<Long> unrated = jdbc
			.sql("select id from demand where state in ('RESOLVED', 'UNRESOLVABLE') and rate_due_at < :now order by id")
			.param("now", at)
			.query(Long.class)
			.list();
		return new Sweep(count(through, overdue, new DemandCommand.Remind("demand.clock.overdue")),
				count(through, rated, new DemandCommand.Close("demand.clock.rated")),
				count(through, unrated, new DemandCommand.Close("demand.clock.unrated")));
	}

	/** Applies the command to each problem in its own transaction; one that moved on meanwhile is skipped. */
	private static int count(DemandWorkflow workflow, List<Long> ids, DemandCommand command) {
		int done = 0;
		for (long id : ids) {
			try {
				workflow.act(id, null, command, SYSTEM);
				done++;
			}
			catch (RefusedActionException | org.springframework.dao.OptimisticLockingFailureException ex) {
				log.debug("Problem {} skipped by the clock: {}", id, ex.getMessage());
			}
		}
		return done;
	}

}
