package org.zhuqi.evaluation.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans the ballots of the demo's finished campaign, after the article's meeting: the live group's heads
 * report in turn (a round of voting after each report, every representative in the hall pressing within the
 * countdown), then the representatives grade the online group from the QR code over the following days.
 * Each department has a standing, each voter a leniency, each ballot some noise; a few ballots are harsh
 * outliers (so trimming matters) and a few carry comments. Deterministic for a seed; plain Java.
 */
final class BallotPlanner {

	/** Time from one round's opening to the next: the head's report, questions, voting. */
	static final Duration ROUND_SPACING = Duration.ofMinutes(12);

	/** The countdown of each round. */
	static final int VOTE_SECONDS = 60;

	/** Share of representatives in the hall who press in a round. */
	static final double LIVE_TURNOUT = 0.975;

	/** Share of representatives who grade online at all, and of online departments each of them grades. */
	static final double ONLINE_VOTERS = 0.94;

	static final double ONLINE_COVERAGE = 0.86;

	static final double OUTLIERS = 0.012;

	static final double COMMENTS = 0.05;

	private static final int HIGHEST = 10;

	/** One ballot to cast: voter index into the roll, when, for which department, how. */
	record PlannedBallot(Instant at, int voter, long departmentId, List<Integer> scores, String comment) {
	}

	/** A live round: the department, when the host opens and closes it, and the ballots in time order. */
	record Round(long departmentId, Instant opensAt, Instant closesAt, List<PlannedBallot> ballots) {
	}

	/** The whole plan: live rounds in order, then online ballots in time order. */
	record Plan(List<Round> rounds, List<PlannedBallot> online) {

		int ballots() {
			return rounds.stream().mapToInt(round -> round.ballots().size()).sum() + online.size();
		}

	}

	private final Random random;

	private final int dimensions;

	private final DemoComments comments;

	BallotPlanner(long seed, int dimensions) {
		this.random = new Random(seed);
		this.dimensions = dimensions;
		this.comments = new DemoComments(random);
	}

	/**
	 * @param firstRound when the host opens the first round
	 * @param onlineFrom first moment of online grading (after the meeting)
	 * @param onlineUntil end of online grading (exclusive)
	 */
	Plan plan(List<Long> live, List<Long> online, int voters, Instant firstRound, Instant onlineFrom,
			Instant onlineUntil) {
		Map<Long, double[]> standing = new HashMap<>();
		for (Long department : live) {
			standing.put(department, standing());
		}
		for (Long department : online) {
			standing.put(department, standing());
		}
		double[] leniency = new double[voters];
		for (int v = 0; v < voters; v++) {
			leniency[v] = random.nextGaussian() * 0.45;
		}
		List<Round> rounds = new ArrayList<>();
		Instant opens = firstRound;
		for (Long department : live) {
			Instant closes = opens.plusSeconds(VOTE_SECONDS);
			List<PlannedBallot> ballots = new ArrayList<>();
			for (int v = 0; v < voters; v++) {
				if (random.nextDouble() < LIVE_TURNOUT) {
					Instant at = opens.plusMillis(2_000 + random.nextInt((VOTE_SECONDS - 12) * 1_000));
					int score = outlier() ? harsh() : clamp(standing.get(department)[0] + leniency[v] + noise());
					ballots.add(new PlannedBallot(at, v, department, Collections.nCopies(dimensions, score), null));
				}
			}
			ballots.sort(Comparator.comparing(PlannedBallot::at));
			rounds.add(new Round(department, opens, closes, ballots));
			opens = opens.plus(ROUND_SPACING);
		}
		List<PlannedBallot> later = new ArrayList<>();
		long window = Duration.between(onlineFrom, onlineUntil).toMillis();
		for (int v = 0; v < voters; v++) {
			if (random.nextDouble() >= ONLINE_VOTERS) {
				continue;
			}
			for (Long department : online) {
				if (random.nextDouble() < ONLINE_COVERAGE) {
					Instant at = onlineFrom.plusMillis((long) (window * Math.pow(random.nextDouble(), 2)));
					later.add(online(v, department, standing.get(department), leniency[v], at));
				}
			}
		}
		later.sort(Comparator.comparing(PlannedBallot::at));
		return new Plan(rounds, later);
	}

	private PlannedBallot online(int voter, long department, double[] standing, double leniency, Instant at) {
		List<Integer> scores = new ArrayList<>(dimensions);
		boolean harsh = outlier();
		for (int d = 0; d < dimensions; d++) {
			scores.add(harsh ? harsh() : clamp(standing[0] + standing[d + 1] + leniency + noise()));
		}
		String comment = random.nextDouble() < COMMENTS || harsh ? comments.about(mean(scores)) : null;
		return new PlannedBallot(at, voter, department, scores, comment);
	}

	/** A department's overall standing and its offset per dimension. */
	private double[] standing() {
		double[] standing = new double[dimensions + 1];
		standing[0] = 8.0 + 1.5 * random.nextDouble();
		for (int d = 1; d <= dimensions; d++) {
			standing[d] = random.nextGaussian() * 0.3;
		}
		return standing;
	}

	private boolean outlier() {
		return random.nextDouble() < OUTLIERS;
	}

	private int harsh() {
		return 2 + random.nextInt(4);
	}

	private double noise() {
		return random.nextGaussian() * 0.75;
	}

	private static int clamp(double score) {
		return (int) Math.max(1, Math.min(HIGHEST, Math.round(score)));
	}

	private static double mean(List<Integer> scores) {
		return scores.stream().mapToInt(Integer::intValue).average().orElse(0);
	}

}
