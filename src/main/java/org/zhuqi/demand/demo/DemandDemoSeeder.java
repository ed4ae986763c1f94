package org.zhuqi.demand.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhuqi.demand.problem.DemandClocks;
import org.zhuqi.demand.problem.DemandWorkflow;
import org.zhuqi.demand.problem.FilingForm;
import org.zhuqi.directory.Directory;
import org.springframework.security.access.AccessDeniedException;
import org.zhuqi.shared.RecordNotFoundException;
import org.zhuqi.shared.RefusedActionException;
import org.zhuqi.shared.Viewer;
import org.zhuqi.system.DemoMode;

/**
 * In demo mode, gives an empty problem table two years of history by replaying {@link StoryWriter planned
 * stories} through the real {@link DemandWorkflow} on a {@link ReplayClock}, in time order, with the
 * {@link DemandClocks} sweeping once a simulated day (reminders, closing rated and unrated problems). So the
 * demo figures come out of the workflow, never out of written counters. All in one transaction: a failure
 * leaves nothing behind. Only the last week publishes {@code DemandChanged}, so inboxes hold recent news.
 */
@Component
@Order(30)
class DemandDemoSeeder implements ApplicationRunner {

	static final long SEED = 20200825L;

	/** The demo's size, after the article: 3,500+ problems coordinated, 144 key problems, many meetings. */
	static final int PROBLEMS = 3600;

	static final int MEETINGS = 22;

	/** Events of the last week are published (notifications); older history is replayed silently. */
	static final Duration ANNOUNCED = Duration.ofDays(7);

	/** The simulated hour of the daily sweep of the clocks. */
	private static final LocalTime SWEEP_AT = LocalTime.of(18, 0);

	private static final Logger log = LoggerFactory.getLogger(DemandDemoSeeder.class);

	private final DemoMode demo;

	private final Directory directory;

	private final DemandWorkflow workflow;

	private final DemandClocks clocks;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate savepoint;

	private final int count;

	private final MeetingDemo meetingDemo;

	private final boolean background;

	DemandDemoSeeder(DemoMode demo, Directory directory, DemandWorkflow workflow, DemandClocks clocks, JdbcClient jdbc,
			Clock clock, PlatformTransactionManager transactions, MeetingDemo meetingDemo,
			@Value("${zhuqi.demo.problems:" + PROBLEMS + "}") int count,
			@Value("${zhuqi.demo.problems-in-background:true}") boolean background) {
		this.demo = demo;
		this.directory = directory;
		this.workflow = workflow;
		this.clocks = clocks;
		this.jdbc = jdbc;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.count = count;
		this.meetingDemo = meetingDemo;
		this.background = background;
	}

	/**
	 * Replays the history, by default on a thread of its own so the platform opens at once (the figures fill
	 * in within a minute; nothing is visible until the one transaction commits).
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (count > 0) {
			demo.launch("demo-problems", background, this::seed);
		}
	}

	private void seed() {
		long started = System.nanoTime();
		Replay replay;
		try {
			replay = transaction.execute(status -> seedIfEmpty());
		}
		catch (DataAccessException ex) {
			log.error("Demo problems not loaded; the next start tries again", ex);
			return;
		}
		if (replay != null) {
			log.info("Demo problems replayed in {} ms: {} problems, {} actions, {} daily sweeps ({} skipped steps), {} "
					+ "coordination meetings", (System.nanoTime() - started) / 1_000_000, replay.problems, replay.actions,
					replay.sweeps, replay.skipped, replay.meetings);
		}
	}

	/** What a replay did. */
	static final class Replay {

		int problems;

		int actions;

		int sweeps;

		int skipped;

		int meetings;

	}

	Replay seedIfEmpty() {
		Long existing = jdbc.sql("select count(*) from demand").query(Long.class).single();
		if (existing > 0) {
			return null;
		}
		StoryWriter.District district = district();
		if (district == null) {
			log.warn("Demo problems not loaded: the demo directory or its logins are missing");
			return null;
		}
		Instant now = clock.instant();
		List<Story> stories = new StoryWriter(SEED, clock.getZone(), district).write(count, now);
		Replay replay = replay(stories, now);
		Long convener = district.units().get(MeetingDemo.CONVENER);
		if (convener != null) {
			replay.meetings = meetingDemo.hold(Math.max(1, MEETINGS * count / PROBLEMS), convener,
					clock.getZone(), LocalDate.now(clock), DemoRecords.of(directory));
		}
		return replay;
	}

	private StoryWriter.District district() {
		List<StoryWriter.Enterprise> enterprises = directory.pairedEnterprises()
			.stream()
			.map(e -> new StoryWriter.Enterprise(e.id(), e.cadreId()))
			.toList();
		Map<String, Long> units = new HashMap<>();
		directory.activeDepartments().forEach(d -> units.put(d.code(), d.id()));
		DemoRecords records = DemoRecords.of(directory);
		if (enterprises.isEmpty() || records.cadreId() == 0 || records.departmentId() == 0) {
			return null;
		}
		return new StoryWriter.District(enterprises, units, records.enterpriseId(), records.cadreId(),
				records.departmentId());
	}

	private Replay replay(List<Story> stories, Instant now) {
		ReplayClock replayClock = new ReplayClock(clock.getZone());
		DemandWorkflow quiet = workflow.at(replayClock).withoutEvents();
		DemandWorkflow announced = workflow.at(replayClock);
		Instant announceFrom = now.minus(ANNOUNCED);
		DemoRecords records = DemoRecords.of(directory);
		List<Beat> beats = new ArrayList<>();
		for (int i = 0; i < stories.size(); i++) {
			Story story = stories.get(i);
			beats.add(new Beat(story.filedAt(), i, -1));
			for (int j = 0; j < story.steps().size(); j++) {
				if (!story.steps().get(j).at().isAfter(now)) {
					beats.add(new Beat(story.steps().get(j).at(), i, j));
				}
			}
		}
		beats.sort(Comparator.comparing(Beat::at).thenComparing(Beat::story).thenComparing(Beat::step));
		long[] ids = new long[stories.size()];
		Replay replay = new Replay();
		Instant nextSweep = sweepAfter(beats.isEmpty() ? now : beats.get(0).at(), clock.getZone());
		for (Beat beat : beats) {
			while (!nextSweep.isAfter(beat.at())) {
				sweep(nextSweep, replayClock, nextSweep.isBefore(announceFrom) ? quiet : announced, replay);
				nextSweep = nextSweep.plus(Duration.ofDays(1));
			}
			replayClock.set(beat.at());
			DemandWorkflow through = beat.at().isBefore(announceFrom) ? quiet : announced;
			Story story = stories.get(beat.story());
			if (beat.step() < 0) {
				Viewer filer = records.viewer(story.filer());
				ids[beat.story()] = through.file(form(story), filer).getId();
				replay.problems++;
			}
			else if (ids[beat.story()] != 0) {
				Story.Step step = story.steps().get(beat.step());
				act(through, ids[beat.story()], step, records.viewer(step.actor()), replay);
			}
		}
		while (!nextSweep.isAfter(now)) {
			sweep(nextSweep, replayClock, nextSweep.isBefore(announceFrom) ? quiet : announced, replay);
			nextSweep = nextSweep.plus(Duration.ofDays(1));
		}
		return replay;
	}

	/** One action in its own savepoint, so a step the history made impossible is skipped, not fatal. */
	private void act(DemandWorkflow through, long id, Story.Step step, Viewer viewer, Replay replay) {
		try {
			savepoint.executeWithoutResult(status -> through.act(id, null, step.command(), viewer));
			replay.actions++;
		}
		catch (RefusedActionException | RecordNotFoundException | AccessDeniedException ex) {
			log.warn("Demo step {} by {} on problem {} skipped: {}", step.command().action(), viewer, id,
					ex.getMessage());
			replay.skipped++;
		}
	}

	private void sweep(Instant at, ReplayClock replayClock, DemandWorkflow through, Replay replay) {
		replayClock.set(at);
		clocks.sweep(through, at);
		replay.sweeps++;
	}

	private static Instant sweepAfter(Instant start, ZoneId zone) {
		return start.atZone(zone).with(SWEEP_AT).plusDays(1).toInstant();
	}

	private static FilingForm form(Story story) {
		FilingForm form = new FilingForm();
		form.setEnterpriseId(story.enterpriseId());
		form.setCategoryCode(story.categoryCode());
		form.setTitle(story.title());
		form.setDescription(story.description());
		form.setUrgency(story.urgency());
		return form;
	}

	/** When something happens in the replay: a filing ({@code step} -1) or a step of a story. */
	private record Beat(Instant at, int story, int step) {
	}

}
