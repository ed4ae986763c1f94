package org.zhuqi.demand.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.zhuqi.demand.problem.DemandCommand;
import org.zhuqi.demand.problem.Satisfaction;
import org.zhuqi.demand.problem.UnresolvableReason;
import org.zhuqi.demand.problem.Urgency;
import org.zhuqi.shared.Role;

/**
 * Plans the demo history of problems, deterministically from a seed: which enterprise files what and when,
 * and how each problem goes on. The mix follows the article's figures: nearly every problem is coordinated,
 * about 98 % are resolved (a few cannot be, a few are late), some 4 % become key problems (重点问题), and most
 * enterprises are satisfied, a few not (which opens a rectification, 整改). Plain Java, so it is unit-tested
 * without a database.
 */
final class StoryWriter {

	/** The district the stories happen in: its enterprises, units by code, and the demo logins' records. */
	record District(List<Enterprise> enterprises, Map<String, Long> units, long showcaseEnterpriseId,
			long showcaseCadreId, long showcaseDepartmentId) {
	}

	/** An enterprise and the cadre paired with it. */
	record Enterprise(long id, long cadreId) {
	}

	/** How long the history reaches back from the present. */
	static final Duration SPAN = Duration.ofDays(700);

	private static final LocalTime OPENS = LocalTime.of(8, 30);

	private static final LocalTime CLOSES = LocalTime.of(17, 30);

	private final Random random;

	private final ZoneId zone;

	private final District district;

	StoryWriter(long seed, ZoneId zone, District district) {
		this.random = new Random(seed);
		this.zone = zone;
		this.district = district;
	}

	/** About {@code count} stories filed over {@link #SPAN} before {@code now}, in filing order. */
	List<Story> write(int count, Instant now) {
		List<Story> stories = new ArrayList<>();
		List<Enterprise> enterprises = district.enterprises();
		List<Enterprise> showcase = enterprises.stream()
			.filter(e -> e.cadreId() == district.showcaseCadreId())
			.toList();
		Enterprise showcaseEnterprise = enterprises.stream()
			.filter(e -> e.id() == district.showcaseEnterpriseId())
			.findFirst()
			.orElse(null);
		int special = 0;
		if (showcaseEnterprise != null) {
			for (int daysAgo : new int[] { 0, 1, 3, 6, 12, 45, 130, 260, 420 }) {
				stories.add(story(showcaseEnterprise, now.minus(Duration.ofDays(daysAgo)).minus(hours(2, 6)), true));
				special++;
			}
		}
		for (Enterprise enterprise : showcase) {
			if (showcaseEnterprise == null || enterprise.id() != showcaseEnterprise.id()) {
				for (int i = 0; i < 3; i++) {
					stories.add(story(enterprise, now.minus(days(1, SPAN.toDays())), false));
					special++;
				}
			}
		}
		for (int i = special; i < count; i++) {
			Enterprise enterprise = enterprises.get((int) (enterprises.size() * Math.pow(random.nextDouble(), 1.6)));
			stories.add(story(enterprise, now.minus(days(0.1, SPAN.toDays())), false));
		}
		stories.sort(Comparator.comparing(Story::filedAt));
		return stories;
	}

	private Story story(Enterprise enterprise, Instant filedAt, boolean showcase) {
		ProblemCatalog.Topic topic = ProblemCatalog.TOPICS.get(random.nextInt(ProblemCatalog.TOPICS.size()));
		ProblemCatalog.Sample sample = pick(topic.samples());
		boolean byCadre = enterprise.cadreId() == district.showcaseCadreId() ? random.nextDouble() < 0.7
				: random.nextDouble() < 0.4;
		Story.Actor enterpriseActor = new Story.Actor(Role.ENTERPRISE, enterprise.id());
		Story.Actor cadre = new Story.Actor(Role.CADRE, enterprise.cadreId());
		Story.Actor filer = byCadre && !showcase ? cadre : enterpriseActor;
		long lead = showcase ? district.showcaseDepartmentId() : leadUnit(topic);
		boolean showcaseCadre = enterprise.cadreId() == district.showcaseCadreId();
		Plan plan = new Plan(filedAt, enterpriseActor, new Story.Actor(Role.DEPARTMENT, lead), sample, showcaseCadre);
		if (filer == cadre && random.nextDouble() < (showcaseCadre ? 0.45 : 0.16)) {
			plan.after(4, 96, cadre, new DemandCommand.ResolveByCadre(sample.resolution()));
			plan.fixer = cadre;
			plan.rating(false);
		}
		else {
			double kind = random.nextDouble();
			if (kind < 0.047) {
				plan.keyProblem(kind < 0.003);
			}
			else if (kind < 0.062) {
				plan.unresolvable();
			}
			else {
				plan.routine(kind < 0.077, kind > 0.95, kind > 0.98);
			}
		}
		Urgency urgency = random.nextDouble() < 0.08 ? Urgency.URGENT
				: random.nextDouble() < 0.02 ? Urgency.CRITICAL : Urgency.NORMAL;
		return new Story(enterprise.id(), filer, filedAt, topic.categoryCode(), sample.title(),
				sample.description().formatted(2 + random.nextInt(60)), urgency, plan.steps);
	}

	private long leadUnit(ProblemCatalog.Topic topic) {
		List<String> units = topic.units();
		String code = random.nextDouble() < 0.55 ? units.get(0) : units.get(random.nextInt(units.size()));
		Long id = district.units().get(code);
		return id != null ? id : district.showcaseDepartmentId();
	}

	/** The steps of one story, each some working hours after the one before. */
	private final class Plan {

		private final List<Story.Step> steps = new ArrayList<>();

		private final Story.Actor enterprise;

		private final Story.Actor lead;

		private final ProblemCatalog.Sample sample;

		/** Whether the enterprise is one of the showcase cadre's, who are nearly always very satisfied. */
		private final boolean delighted;

		private Instant at;

		/** Who puts things right after a dissatisfied rating: the lead department, or the cadre that resolved it. */
		private Story.Actor fixer;

		Plan(Instant filedAt, Story.Actor enterprise, Story.Actor lead, ProblemCatalog.Sample sample,
				boolean delighted) {
			this.delighted = delighted;
			this.fixer = lead;
			this.at = filedAt;
			this.enterprise = enterprise;
			this.lead = lead;
			this.sample = sample;
		}

		void after(double minHours, double maxHours, Story.Actor actor, DemandCommand command) {
			at = workingTime(at.plus(hours(minHours, maxHours)));
			steps.add(new Story.Step(at, actor, command));
		}

		void assignAndAccept(boolean returned) {
			if (returned) {
				long wrong = district.units().values().stream().filter(id -> id != lead.id()).skip(random.nextInt(20))
					.findFirst().orElse(lead.id());
				after(1, 20, Story.Actor.centre(), new DemandCommand.Assign(wrong, Set.of(), null));
				after(1, 8, new Story.Actor(Role.DEPARTMENT, wrong), new DemandCommand.Return("不属于本单位职责范围，请重新交办。"));
			}
			Set<Long> co = random.nextDouble() < 0.12
					? Set.of(district.units().values().stream().skip(random.nextInt(60)).findFirst().orElse(lead.id()))
					: Set.of();
			co = co.contains(lead.id()) ? Set.of() : co;
			after(1, 20, Story.Actor.centre(), new DemandCommand.Assign(lead.id(), co, null));
			after(0.5, random.nextDouble() < 0.04 ? 40 : 7, lead, new DemandCommand.Accept(null));
		}

		void progress(int notes, double minHours, double maxHours) {
			for (int i = 0; i < notes; i++) {
				after(minHours, maxHours, lead, new DemandCommand.Progress(pick(ProblemCatalog.PROGRESS)));
			}
		}

		/** Assigned, accepted, worked on and resolved; {@code late} ones miss the deadline and are reminded. */
		void routine(boolean returned, boolean late, boolean extended) {
			assignAndAccept(returned);
			progress(random.nextInt(3), 4, 30);
			if (extended) {
				after(2, 10, lead, new DemandCommand.RequestExtension(5 + random.nextInt(10), "需协调其他单位共同办理，申请延期。"));
				after(2, 16, Story.Actor.centre(), new DemandCommand.DecideExtension(true, "同意延期。"));
			}
			after(late ? 260 : 6, late ? 500 : 110, lead, new DemandCommand.Resolve(sample.resolution()));
			rating(false);
		}

		/** Marked complex, escalated to a key problem (重点问题), extended, then resolved after weeks. */
		void keyProblem(boolean unresolved) {
			assignAndAccept(false);
			after(4, 30, lead, new DemandCommand.MarkComplex("涉及多个部门职责，需区级层面协调。"));
			after(2, 24, Story.Actor.centre(), new DemandCommand.Escalate("列入“双千”重点问题，提交专题协调会研究。"));
			after(2, 20, lead, new DemandCommand.RequestExtension(20 + random.nextInt(10), "需经专题协调会研究，申请延期。"));
			after(2, 16, Story.Actor.centre(), new DemandCommand.DecideExtension(true, "同意延期。"));
			// studied at the next coordination meeting (MeetingDemo), so resolved weeks later, within the extension
			progress(2 + random.nextInt(2), 100, 260);
			if (unresolved) {
				after(10, 60, lead, new DemandCommand.MarkUnresolvable(UnresolvableReason.AUTHORITY,
						ProblemCatalog.UNRESOLVABLE.get("AUTHORITY")));
			}
			else {
				after(60, 200, lead, new DemandCommand.Resolve(sample.resolution()));
			}
			rating(false);
		}

		void unresolvable() {
			assignAndAccept(false);
			progress(1, 4, 30);
			UnresolvableReason reason = UnresolvableReason.values()[random.nextInt(UnresolvableReason.values().length)];
			after(10, 90, lead,
					new DemandCommand.MarkUnresolvable(reason, ProblemCatalog.UNRESOLVABLE.get(reason.name())));
			if (random.nextDouble() < 0.6) {
				rate(random.nextDouble() < 0.5 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.SATISFIED);
			}
		}

		/** The enterprise rates (most do, within the week); a dissatisfied rating opens a rectification. */
		void rating(boolean again) {
			if (random.nextDouble() < 0.16) {
				return;
			}
			double r = delighted ? random.nextDouble() * 0.8 : random.nextDouble();
			Satisfaction level = again
					? (r < 0.45 ? Satisfaction.SATISFIED : r < 0.9 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED)
					: r < 0.56 ? Satisfaction.VERY_SATISFIED
							: r < 0.84 ? Satisfaction.SATISFIED
									: r < 0.955 ? Satisfaction.BASICALLY_SATISFIED
											: r < 0.99 ? Satisfaction.DISSATISFIED : Satisfaction.VERY_DISSATISFIED;
			rate(level);
			if (level.isDissatisfied() && !again) {
				after(1, 7, fixer, new DemandCommand.FollowUp("已回访企业，了解不满意原因，制定整改措施。"));
				if (fixer == lead) {
					progress(1, 8, 40);
				}
				after(16, 100, fixer, new DemandCommand.Resolve("整改完成：" + sample.resolution()));
				rating(true);
			}
		}

		private void rate(Satisfaction level) {
			String comment = pick(ProblemCatalog.COMMENTS.get(level.name()));
			at = at.plus(hours(3, 110));
			steps.add(new Story.Step(at, enterprise, new DemandCommand.Rate(level, comment.isEmpty() ? null : comment)));
		}

	}

	/** The time, moved to the next working morning if it falls outside office hours or on a weekend. */
	private Instant workingTime(Instant candidate) {
		ZonedDateTime time = candidate.atZone(zone);
		if (time.toLocalTime().isAfter(CLOSES)) {
			time = time.plusDays(1).with(OPENS).plusMinutes(random.nextInt(90));
		}
		else if (time.toLocalTime().isBefore(OPENS)) {
			time = time.with(OPENS).plusMinutes(random.nextInt(90));
		}
		while (time.getDayOfWeek() == DayOfWeek.SATURDAY || time.getDayOfWeek() == DayOfWeek.SUNDAY) {
			time = time.plusDays(1);
		}
		return time.toInstant();
	}

	private Duration hours(double min, double max) {
		return Duration.ofMinutes((long) (60 * (min + random.nextDouble() * (max - min))));
	}

	private Duration days(double min, double max) {
		return hours(24 * min, 24 * max);
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

}
